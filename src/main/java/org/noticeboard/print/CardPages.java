package org.noticeboard.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.noticeboard.diag.Message;
import java.util.stream.Stream;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;
import org.noticeboard.render.view.Link;
import org.noticeboard.print.CardView.CardSection;

/**
 * Consultation cards for the service window: {@code print/<board>/cards.html} lays one A6 card
 * per current procedure, four to an A4 sheet with cut lines. A card whose text would not fit
 * shrinks its type down to 7 pt; past that the build warns and names the item, and the card
 * says on its face that the full guide is online.
 */
public final class CardPages implements Pages, ItemFiles.PerBoard {

    static final int PER_SHEET = 4;

    public static String path(String board) {
        return "print/" + board + "/cards.html";
    }

    /** A preview edit re-renders a board's sheet whenever one of that board's items changed. */
    @Override
    public String fileOf(String board) {
        return path(board);
    }

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Posters posters = new Posters(pages);
        CardFit fit = new CardFit();
        Lifecycle lifecycle = pages.site().lifecycle();
        Map<String, List<Item>> procedures = pages.site().published().stream()
                .filter(i -> i.type() == ContentType.PROCEDURE).filter(lifecycle::isCurrent)
                .sorted(Comparator.comparing(Item::id))
                .collect(Collectors.groupingBy(Item::board));
        List<OutputFile> out = new ArrayList<>();
        for (Board board : pages.site().config().boards()) {
            // every board's cards are laid out, from the preview's cache when it has them, so
            // a card that does not fit is reported even when its sheet is not written again
            List<CardView> cards = procedures.getOrDefault(board.slug(), List.of()).stream()
                    .map(i -> card(pages, posters, fit, board, i)).toList();
            String path = path(board.slug());
            if (!pages.wanted(path)) {
                continue;
            }
            List<List<CardView>> sheets = new ArrayList<>();
            for (int n = 0; n < cards.size(); n += PER_SHEET) {
                sheets.add(cards.subList(n, Math.min(cards.size(), n + PER_SHEET)));
            }
            String root = Urls.root(path);
            out.add(pages.write(path, "print/cards", board.name() + " · "
                    + pages.messages().get("print.cards"), List.of(), Map.of(
                            "board", pages.views().board(board, root),
                            "sheets", sheets,
                            "pageRules", new PageRules(pages.messages()).cardSheets().css(),
                            "back", new Link(board.name(), root + Urls.board(board.slug())))));
        }
        return out;
    }

    /** A card laid out, and how much too long it is when it does not fit even at 7 pt. */
    private record Fitted(CardView view, Optional<Double> overflow) {}

    private static CardView card(PageWriter pages, Posters posters, CardFit fit, Board board,
            Item item) {
        Fitted card = pages.cachedForNextBuild("card", item,
                i -> fit(pages, posters, fit, board, i));
        card.overflow().ifPresent(over -> pages.diagnostics().warning(
                Position.of(item.source()), "",
                Message.of("card-overflow", "size", String.format(Locale.ROOT, "%.0f",
                        CardFit.SMALLEST), "percent", String.format(Locale.ROOT, "%.0f",
                        over * 100))));
        return card.view();
    }

    /** Depends on the item alone (and the board's name, which only the configuration sets). */
    private static Fitted fit(PageWriter pages, Posters posters, CardFit fit, Board board,
            Item item) {
        Map<String, String> t = pages.messages();
        Details.Procedure p = (Details.Procedure) item.details();
        // who may apply and on what conditions first: they decide whether to come at all
        List<CardSection> sections = Stream.of(
                CardSection.text(t.get("procedure.applicants"), p.applicants()),
                CardSection.list(t.get("procedure.conditions"),
                        CardConditions.shorten(p.conditions(), t), false),
                CardSection.text(t.get("procedure.location"), p.location()),
                CardSection.text(t.get("procedure.hours"), p.hours()),
                CardSection.list(t.get("procedure.materials"), p.materials().stream()
                        .map(m -> t.get("print.material").replace("{name}", m.name())
                                .replace("{form}", m.form())
                                .replace("{count}", String.valueOf(m.count()))).toList(), true),
                CardSection.list(t.get("procedure.steps"), p.steps(), true),
                CardSection.text(t.get("procedure.statutory_time_limit"),
                        p.statutoryTimeLimit().text() + t.get("print.separator")
                                + t.get("procedure.time_limit") + "：" + p.timeLimit().text()),
                // the legal basis stays on the poster and the web page: it does not help a
                // resident decide whether to come, and the card has no room to spare
                CardSection.text(t.get("procedure.fee"), p.fee()))
                .filter(s -> s.isList() || !s.text().isBlank()).toList();
        Optional<Double> size = fit.size(item.title(), board.name(), sections);
        double chosen = size.orElse(CardFit.SMALLEST);
        Optional<Double> overflow = size.isPresent() ? Optional.empty()
                : Optional.of(fit.heightMm(chosen, item.title(), board.name(), sections)
                        / CardFit.HEIGHT_MM - 1);
        return new Fitted(new CardView(item.id(), item.title(), board.name(), sections, p.phone(),
                p.complaintPhone(), posters.qr(item), posters.onlineUrl(item),
                String.format(Locale.ROOT, "%.1f", chosen), size.isPresent(),
                String.format(Locale.ROOT, "%.1f",
                        fit.heightMm(chosen, item.title(), board.name(), sections))), overflow);
    }
}
