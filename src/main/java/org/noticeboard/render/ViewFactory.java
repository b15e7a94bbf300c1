package org.noticeboard.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.noticeboard.model.RawHtml;
import org.noticeboard.markdown.ItemLinks;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.Board;
import org.noticeboard.model.ChangeHistory;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.SampleSite;
import org.noticeboard.model.SiteParams;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.model.NoticeStatus;
import org.noticeboard.model.ReceptionOccurrence;
import org.noticeboard.model.Site;
import org.noticeboard.model.Validity;
import org.noticeboard.render.view.AttachmentView;
import org.noticeboard.render.view.Banner;
import org.noticeboard.render.view.BoardView;
import org.noticeboard.render.view.ItemCard;
import org.noticeboard.render.view.ItemView;
import org.noticeboard.render.view.Link;
import org.noticeboard.render.view.MetaRow;
import org.noticeboard.render.view.ReceptionView;
import org.noticeboard.render.view.SiteView;

/** Builds the view records templates see from the site model, for one language. */
public final class ViewFactory {

    /** Relative links are judged as if on a page of an https site, and kept relative. */
    private static final String PAGE_BASE = "https://site.invalid/a/b/c/";

    private final String up;
    private final Site site;
    private final Lifecycle lifecycle;
    private final Map<String, String> t;
    private final DateText dates;
    private final MarkdownEngine markdown;
    private final DetailsViews details;
    private final RelationIndex relations;
    private final String language;
    private final ChangeViews changes;
    private final Map<String, SiteView> siteViews = new ConcurrentHashMap<>();

    public ViewFactory(Site site, Map<String, String> messages, String language,
            MarkdownEngine markdown) {
        this(site, messages, language, markdown, ChangeHistory.none());
    }

    public ViewFactory(Site site, Map<String, String> messages, String language,
            MarkdownEngine markdown, ChangeHistory history) {
        this(site, messages, language, markdown, history, "");
    }

    /**
     * @param up from the root of this copy of the site to the site's root ({@code ../} for
     *     {@code en/}): attached files are published once, in the site's root
     */
    public ViewFactory(Site site, Map<String, String> messages, String language,
            MarkdownEngine markdown, ChangeHistory history, String up) {
        this.up = up;
        this.site = site;
        this.language = language;
        this.lifecycle = site.lifecycle();
        this.t = messages;
        this.dates = new DateText(language);
        this.markdown = markdown;
        this.details = new DetailsViews(site, messages, dates);
        this.relations = new RelationIndex(site);
        this.changes = new ChangeViews(history, site.generatedAt(), dates, messages);
    }

    /** The site's title in this copy's language (title_en in English, when given). */
    public String siteTitle() {
        return english() && !site.config().titleEn().isEmpty() ? site.config().titleEn()
                : site.config().title();
    }

    /** A board's name in this copy's language (name_en in English, when given). */
    public String boardName(Board b) {
        return english() && !b.nameEn().isEmpty() ? b.nameEn() : b.name();
    }

    /** The language an item is written in, when it is not this copy's language; else empty. */
    public String contentLang(Item item) {
        String lang = item.language().isEmpty() ? site.config().language() : item.language();
        return lang.equals(language) ? "" : lang;
    }

    private boolean english() {
        return language.startsWith("en");
    }

    public DateText dates() {
        return dates;
    }

    public String typeName(ContentType type) {
        return t.getOrDefault("type." + type.id(), type.nameZh());
    }

    /** The same for every page at one depth, so built once per root ("../", "../../"…). */
    public SiteView site(String root) {
        return siteViews.computeIfAbsent(root, this::newSite);
    }

    private SiteView newSite(String root) {
        List<BoardView> boards = site.config().boards().stream().map(b -> board(b, root)).toList();
        List<Link> types = Arrays.stream(ContentType.values())
                .map(type -> new Link(typeName(type), root + Urls.listing(type))).toList();
        return new SiteView(siteTitle(), site.config().titleEn(),
                site.config().organisation(), site.config().hotline(),
                dates.dateTime(site.generatedAt()), site.generatedAt().toOffsetDateTime().toString(),
                boards, types, SampleSite.isSample(site), params(root));
    }

    private SiteView.Params params(String root) {
        SiteParams p = site.config().params();
        return new SiteView.Params(p.logo().isEmpty() ? "" : root + p.logo(), p.siteCode(),
                p.icp(), "https://beian.miit.gov.cn/", p.publicSecurity(),
                "https://beian.mps.gov.cn/#/query/webSearch?code=" + p.publicSecurityDigits());
    }

    public BoardView board(Board b, String root) {
        return new BoardView(b.slug(), boardName(b), b.nameEn(), b.kind(), b.address(),
                b.officeHours(), b.hotline(), root + Urls.board(b.slug()), b.contacts());
    }

    public BoardView board(String slug, String root) {
        return board(site.config().board(slug).orElseThrow(), root);
    }

    public ItemCard card(Item item, String root) {
        LocalDate date = item.published().orElse(site.today());
        String[] status = status(item);
        String posting = item.details() instanceof org.noticeboard.model.Details.Notice n
                ? dates.period(n.posting()) : "";
        String postingLabel = item.details() instanceof org.noticeboard.model.Details.Notice n
                ? NoticeWording.of(t, n).period() : "";
        return new ItemCard(item.title(), root + Urls.item(item),
                site.config().board(item.board()).map(this::boardName).orElse(item.board()),
                typeName(item.type()), dates.date(date), date.toString(), status[0], status[1],
                item.summary(), posting, postingLabel, contentLang(item));
    }

    /** {label, id} of the item's state; empty label when it is simply current. */
    String[] status(Item item) {
        if (item.validity() == Validity.REPEALED) {
            return new String[] {t.get("status.repealed"), "repealed"};
        }
        var notice = lifecycle.noticeStatus(item);
        if (notice.isPresent()) {
            NoticeStatus s = notice.get();
            var n = (org.noticeboard.model.Details.Notice) item.details();
            return new String[] {NoticeWording.of(t, n).status(s), s.id()};
        }
        if (item.validity() == Validity.AMENDED) {
            return new String[] {t.get("status.amended"), "amended"};
        }
        if (lifecycle.isArchived(item)) {
            return new String[] {t.get("status.expired"), "expired"};
        }
        return new String[] {"", "current"};
    }

    public ItemView item(Item item, String root) {
        return item(item, root, body(item, root));
    }

    /** The item's view with its body already rendered (e.g. remembered, or changed for print). */
    public ItemView item(Item item, String root, String bodyHtml) {
        String[] status = status(item);
        return new ItemView(item.id(), item.title(), item.type().id(), typeName(item.type()),
                board(item.board(), root), status[0], status[1], meta(item, root),
                banners(item, root), new SafeString(bodyHtml),
                details.of(item, root), changes.of(item), contentLang(item),
                Signatures.of(item, dates).orElse(null), attachments(item, root));
    }

    private List<AttachmentView> attachments(Item item, String root) {
        return item.listedAttachments().stream().map(a -> {
            String size = FileSizes.text(a.bytes());
            return new AttachmentView(a.title(), a.type(), size, t.getOrDefault("attachments.info",
                    "（{type}，{size}）").replace("{type}", a.type()).replace("{size}", size),
                    root + up + a.address(), a.name(), site.config().baseUrl() + a.address());
        }).toList();
    }

    /**
     * The body as HTML for reading its text (search, summaries): as {@link #body}, but with its
     * {@code item:} links left unresolved when nothing else needs doing — they are attribute
     * values, not text, and resolving them copies the whole body.
     */
    public String bodyForText(Item item) {
        boolean plain = site.config().rawHtml() != RawHtml.SANITIZE && !item.bodyHtml().isEmpty();
        return plain ? item.bodyHtml() : body(item, "");
    }

    public String body(Item item, String root) {
        boolean sanitize = site.config().rawHtml() == RawHtml.SANITIZE;
        String html = item.bodyHtml().isEmpty() && !item.bodyMarkdown().isEmpty()
                ? markdown.render(markdown.parse(item.bodyMarkdown()),
                        id -> link(root, id), !sanitize, item.attachments())
                : ItemLinks.resolve(item.bodyHtml(), id -> link(root, id));
        if (sanitize) {
            html = sanitized(html, root + up);
        }
        return html;
    }

    /** The URL of a marked link: an item in this copy, or an attached file in the site's root. */
    private String link(String root, String marked) {
        String target = ItemLinks.target(marked);
        return marked.startsWith("/") ? root + up + target : root + target;
    }

    /**
     * The body under {@code raw_html: sanitize}: the relaxed safe list, and of images only those
     * of the item's own attached files (an image in raw HTML could track readers or show
     * anything from anywhere), which lie below {@code siteRoot}.
     */
    private static String sanitized(String html, String siteRoot) {
        String clean = Jsoup.clean(html, PAGE_BASE, Safelist.relaxed()
                .addAttributes(":all", "id").addAttributes("a", "download")
                .addAttributes("img", "loading").addAttributes("table", "tabindex")
                .preserveRelativeLinks(true));
        if (!clean.contains("<img")) {
            return clean;
        }
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.select("img").stream().filter(img -> !img.attr("src").startsWith(siteRoot + "files/"))
                .forEach(Element::remove);
        return doc.body().html();
    }

    private List<MetaRow> meta(Item item, String root) {
        List<MetaRow> rows = new ArrayList<>();
        rows.add(MetaRow.text(t.get("meta.index_no"), item.indexNo()));
        if (!item.topic().isEmpty()) {
            rows.add(MetaRow.text(t.get("meta.topic"), item.topic()));
        }
        rows.add(MetaRow.text(t.get("meta.issuer"), item.issuer()));
        if (!item.docNo().isEmpty()) {
            rows.add(MetaRow.text(t.get("meta.doc_no"), item.docNo()));
        }
        item.written().ifPresent(d -> rows.add(MetaRow.text(t.get("meta.written"), dates.date(d))));
        item.published().ifPresent(d ->
                rows.add(MetaRow.text(t.get("meta.published"), dates.date(d))));
        item.updated().ifPresent(d -> rows.add(MetaRow.text(t.get("meta.updated"), dates.date(d))));
        item.expires().ifPresent(d -> rows.add(MetaRow.text(t.get("meta.expires"), dates.date(d))));
        rows.add(MetaRow.text(t.get("meta.validity"), t.get("validity." + item.validity().id())));
        rows.add(new MetaRow(t.get("meta.board"), "",
                List.of(new Link(board(item.board(), root).name(),
                        root + Urls.board(item.board())))));
        rows.add(new MetaRow(t.get("meta.type"), "",
                List.of(new Link(typeName(item.type()),
                        root + Urls.boardListing(item.board(), item.type())))));
        addRelation(rows, "meta.amends", item.amends(), root);
        addRelation(rows, "meta.replaces", item.replaces(), root);
        addRelation(rows, "meta.amended_by", relations.amendedBy(item.id()), root);
        addRelation(rows, "meta.replaced_by", relations.replacedBy(item.id()), root);
        if (!item.keywords().isEmpty()) {
            rows.add(MetaRow.text(t.get("meta.keywords"), String.join("、", item.keywords())));
        }
        return rows;
    }

    private void addRelation(List<MetaRow> rows, String key, List<String> ids, String root) {
        List<Link> links = ids.stream().flatMap(id -> site.item(id).stream())
                .filter(lifecycle::isPublished)
                .map(i -> new Link(i.title(), root + Urls.item(i))).toList();
        if (!links.isEmpty()) {
            rows.add(new MetaRow(t.get(key), "", links));
        }
    }

    private List<Banner> banners(Item item, String root) {
        List<Banner> banners = new ArrayList<>();
        Link successor = relations.replacedBy(item.id()).stream()
                .flatMap(id -> site.item(id).stream()).filter(lifecycle::isPublished).findFirst()
                .map(i -> new Link(i.title(), root + Urls.item(i))).orElse(null);
        if (item.validity() == Validity.REPEALED) {
            banners.add(new Banner("repealed", t.get("banner.repealed"), successor));
        } else if (item.validity() == Validity.AMENDED) {
            Link amendment = relations.amendedBy(item.id()).stream()
                    .flatMap(id -> site.item(id).stream()).filter(lifecycle::isPublished)
                    .findFirst().map(i -> new Link(i.title(), root + Urls.item(i))).orElse(null);
            banners.add(new Banner("amended", t.get("banner.amended"), amendment));
        }
        var notice = lifecycle.noticeStatus(item);
        if (notice.isPresent() && notice.get() == NoticeStatus.ENDED) {
            var n = (org.noticeboard.model.Details.Notice) item.details();
            banners.add(new Banner("ended", NoticeWording.of(t, n).banner("ended"), null));
        }
        if (notice.isPresent() && notice.get() == NoticeStatus.RESULT_PUBLISHED) {
            var n = (org.noticeboard.model.Details.Notice) item.details();
            Link result = n.result().flatMap(site::item)
                    .map(i -> new Link(i.title(), root + Urls.item(i))).orElse(null);
            banners.add(new Banner("result", t.get("banner.result"), result));
        }
        if (notice.isEmpty() && lifecycle.isArchived(item)
                && item.validity() == Validity.VALID) {
            banners.add(new Banner("expired", t.get("banner.expired"), null));
        }
        return banners;
    }

    public ReceptionView reception(ReceptionOccurrence o, String root) {
        Item item = site.item(o.itemId()).orElseThrow();
        return new ReceptionView(dates.date(o.date()), o.date().toString(),
                dates.weekday(o.date()), o.time(), o.location(), o.receivers(),
                o.postponed() && o.note().isEmpty() ? t.get("reception.postponed") : o.note(),
                item.title(), root + Urls.item(item),
                board(item.board(), root).name());
    }
}
