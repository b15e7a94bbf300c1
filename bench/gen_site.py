#!/usr/bin/env python3
"""Generate a deterministic Noticeboard site of N items for benchmarks.

Usage: gen_site.py N OUTDIR [--seed S]

Writes OUTDIR/content/site.yaml (ten boards), OUTDIR/content/data/holidays.yaml and N items as
OUTDIR/content/<board>/<type>/<slug>.md in the project's content format: every content type, Chinese
and English text, headings, lists, a table, posting periods, links between items written
[x](item:board/type/slug), bodies of about 5 KB. The site builds with zero errors at
--now 2026-11-29. Output is byte-identical for the same N and seed. Python 3 standard library only.
"""
import argparse
import datetime
import os
import random
import sys

NOW = datetime.date(2026, 11, 29)
FIRST = datetime.date(2025, 1, 2)

BOARDS = [
    ("street", "和平街道办事处", "Heping Street Office", "street-office", "010-65212345"),
    ("dongsi", "东四社区居民委员会", "Dongsi Community Residents' Committee", "community",
     "010-65213101"),
    ("xinhua", "新华社区居民委员会", "Xinhua Community Residents' Committee", "community",
     "010-65214201"),
    ("liuyin", "柳荫社区居民委员会", "Liuyin Community Residents' Committee", "community",
     "010-65215301"),
    ("beixiang", "北巷社区居民委员会", "Beixiang Community Residents' Committee", "community",
     "010-65216401"),
    ("nanyuan", "南苑社区居民委员会", "Nanyuan Community Residents' Committee", "community",
     "010-65217501"),
    ("hepingli", "和平里社区居民委员会", "Hepingli Community Residents' Committee", "community",
     "010-65218601"),
    ("qinglong", "青龙社区居民委员会", "Qinglong Community Residents' Committee", "community",
     "010-65219701"),
    ("jinyu", "金鱼池社区居民委员会", "Jinyuchi Community Residents' Committee", "community",
     "010-65210801"),
    ("yongan", "永安社区居民委员会", "Yong'an Community Residents' Committee", "community",
     "010-65211901"),
]
OFFICE_PHONES = ["010-65212346", "010-65212348", "010-65212350", "010-65212354",
                 "010-65212356", "010-65212358", "010-65212360", "010-65212362"]
HOTLINE = "010-65212345"
TYPES = [("policy", 24), ("procedure", 16), ("notice", 26), ("supervision", 8),
         ("responsibility", 6), ("commitment", 6), ("reception", 6), ("page", 8)]
TOPICS = ["社会救助", "城市管理", "综合政务", "卫生健康", "养老服务", "基层自治", "社区服务",
          "人大代表联络", "流动人口服务", "安全生产", "监督检查"]
TOPIC_SLUGS = ["dibao", "waste-sorting", "parking", "elder-care", "water-cut", "fire-safety",
               "residence", "volunteers", "subsidy", "housing", "health", "hearing", "budget"]
SUBJECT = ["居民服务", "低保申请", "医疗保险", "住房补贴", "垃圾分类", "养老服务", "物业管理",
           "消防安全", "信访接待", "社区志愿者", "临时救助", "停车管理"]
TITLE_HEAD = ["关于", "实施", "办理", "调整", "加强", "规范", "公开", "开展", "优化", "落实"]
TITLE_TAIL = {"policy": ["的实施细则", "管理办法", "工作制度", "的意见"],
              "procedure": ["办事指南", "服务指南"], "notice": ["的公示", "的公告", "的通知"],
              "supervision": ["监督检查结果"], "responsibility": ["岗位职责及AB岗安排"],
              "commitment": ["服务承诺"], "reception": ["接待日安排"], "page": ["工作简介"]}
EN_WORDS = ("resident application office community service public document review approval "
            "committee record deadline request submit verify eligibility benefit housing "
            "subsidy complaint response hearing notice procedure policy inspection report "
            "department officer schedule working day register appeal transparency budget "
            "meeting volunteer safety fire waste recycling parking permit health insurance "
            "pension elderly care child school education employment training").split()
ZH_PHRASES = ["居民", "申请人", "街道办事处", "社区居委会", "应当", "在规定时限内", "提交材料", "审核",
              "办理", "公示", "监督", "投诉", "答复", "工作日", "有关部门", "依法", "予以", "受理",
              "不予受理", "书面通知", "身份证", "户口簿", "证明材料", "逐级上报", "信息公开",
              "服务窗口", "责任人", "限期整改", "群众满意度", "便民服务", "办公时间"]
ZH_PUNCT = ["，", "，", "；", "、"]
HEADINGS = ["一、适用范围 Scope", "二、申请条件 Eligibility", "三、所需材料 Documents",
            "四、办理流程 Process", "五、办理时限 Time limits", "六、收费标准 Fees",
            "七、监督方式 Supervision", "八、联系方式 Contact", "九、复议与申诉 Appeals",
            "十、施行日期 Effective date"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余"
GIVEN = "明华伟芳娜敏静丽强磊军洋勇艳杰涛超秀英霞平刚桂兰志国建新春燕立海"
LAWS = ["《中华人民共和国政府信息公开条例》第十九条", "《社会救助暂行办法》第十一条",
        "《最低生活保障审核确认办法》第二十一条", "《中华人民共和国城市居民委员会组织法》第十条",
        "《北京市生活垃圾管理条例》第三十条", "《居住证暂行条例》第九条",
        "《中华人民共和国老年人权益保障法》第三十一条"]
MATERIALS = ["居民身份证", "户口簿", "居住证", "申请表", "收入证明", "房屋租赁合同", "结婚证",
             "残疾人证", "委托书"]
FORMS = ["原件", "复印件", "电子", "原件及复印件"]
QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"]


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def zh_sentence(rng):
    n = rng.randint(3, 8)
    parts = []
    for i in range(n):
        parts.append(rng.choice(ZH_PHRASES))
        if i < n - 1 and rng.random() < 0.35:
            parts.append(rng.choice(ZH_PUNCT))
    return "".join(parts) + "。"


def en_sentence(rng):
    words = [rng.choice(EN_WORDS) for _ in range(rng.randint(8, 18))]
    if rng.random() < 0.25:
        i = rng.randrange(len(words))
        words[i] = "**" + words[i] + "**"
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = "*" + words[i] + "*"
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def sentence(rng):
    return zh_sentence(rng) if rng.random() < 0.6 else en_sentence(rng)


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def table(rng):
    rows = ["| 事项 Item | 时限 Time limit | 责任单位 Responsible | 备注 Note |",
            "| --- | --- | --- | --- |"]
    for _ in range(rng.randint(3, 6)):
        rows.append("| %s | %d个工作日 | %s | %s |" % (
            rng.choice(SUBJECT), rng.randint(1, 30), rng.choice(BOARDS)[1], rng.choice(EN_WORDS)))
    return "\n".join(rows)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ylist(values):
    return "[" + ", ".join(q(v) for v in values) + "]"


class Plan:
    """What one item is before its text is written: enough to link items to each other."""

    def __init__(self, idx, board, type_, slug, published, title):
        self.idx, self.board, self.type, self.slug = idx, board, type_, slug
        self.published, self.title = published, title
        self.id = "%s/%s/%s" % (board[0], type_, slug)
        self.validity = "valid"
        self.replaces = []
        self.amends = []
        self.result = None
        self.is_result = False
        self.posting = None


def pick_type(rng):
    r = rng.randrange(sum(w for _, w in TYPES))
    for name, weight in TYPES:
        if r < weight:
            return name
        r -= weight
    raise AssertionError


def plan_items(rng, n):
    span = (NOW - FIRST).days
    plans = []
    for idx in range(n):
        # every board gets one of each type first, so every listing has content
        if idx < len(BOARDS) * len(TYPES) and n >= len(BOARDS) * len(TYPES):
            board, type_ = BOARDS[idx % len(BOARDS)], TYPES[idx // len(BOARDS)][0]
        else:
            board, type_ = rng.choice(BOARDS), pick_type(rng)
        published = FIRST + datetime.timedelta(days=rng.randint(0, span))
        if type_ == "supervision" and rng.random() < 0.3:
            published = NOW - datetime.timedelta(days=rng.randint(0, 60))
        title = "%s%s%s%s" % (board[1] if type_ != "page" else "",
                              rng.choice(TITLE_HEAD) if type_ in ("policy", "notice") else "",
                              rng.choice(SUBJECT), rng.choice(TITLE_TAIL[type_]))
        title += "（第%d号）" % (idx + 1)
        slug = "%s-%05d" % (rng.choice(TOPIC_SLUGS), idx + 1)
        plans.append(Plan(idx, board, type_, slug, published, title))
    relate(rng, plans)
    return plans


def relate(rng, plans):
    """Amendments, replacements and notice results, always pointing at a published item."""
    last_policy = {}
    for p in plans:
        if p.type == "notice":
            start = p.published + datetime.timedelta(days=rng.randint(0, 2))
            days = rng.randint(7, 15)
            working = rng.random() < 0.4 and start < datetime.date(2026, 11, 1)
            p.posting = (start, days, working)
        if p.type != "policy":
            continue
        prev = last_policy.get(p.board[0])
        if prev is not None and prev.published < p.published and prev.validity == "valid":
            r = rng.random()
            if r < 0.08:
                p.replaces, prev.validity = [prev.id], "repealed"
            elif r < 0.16:
                p.amends, prev.validity = [prev.id], "amended"
        last_policy[p.board[0]] = p
    open_by_board = {}
    for p in plans:
        if p.type != "notice":
            continue
        waiting = open_by_board.setdefault(p.board[0], [])
        for w in waiting:
            end = w.posting[0] + datetime.timedelta(days=w.posting[1] * 2)
            if not p.is_result and p.result is None and end < p.published:
                w.result, p.is_result = p.id, True
                waiting.remove(w)
                break
        if not p.is_result and rng.random() < 0.15 and len(waiting) < 20:
            waiting.append(p)


def front_matter(rng, p, plans):
    fm = ["---", "title: " + q(p.title)]
    fm.append("summary: " + q(zh_sentence(rng)[:-1] + "，" + rng.choice(SUBJECT) + "。"))
    if p.type != "page":
        fm.append("published: " + p.published.isoformat())
        if rng.random() < 0.5:
            fm.append("written: " + (p.published - datetime.timedelta(days=rng.randint(1, 9)))
                      .isoformat())
        fm.append("issuer: " + q(p.board[1]))
        fm.append("index_no: " + q("11010100/%d-%05d" % (p.published.year, p.idx + 1)))
        fm.append("topic: " + rng.choice(TOPICS))
        fm.append("keywords: " + ylist(rng.sample(SUBJECT, rng.randint(1, 3))))
    if p.type == "policy":
        fm.append("doc_no: " + q("和街发〔%d〕%d号" % (p.published.year, p.idx + 1)))
        if p.validity != "valid":
            fm.append("validity: " + p.validity)
        if p.replaces:
            fm.append("replaces: [%s]" % ", ".join(p.replaces))
        if p.amends:
            fm.append("amends: [%s]" % ", ".join(p.amends))
        if rng.random() < 0.1 and p.validity == "valid":
            fm.append("expires: " + (p.published + datetime.timedelta(days=rng.randint(200, 900)))
                      .isoformat())
    elif p.type == "procedure":
        promised = rng.randint(1, 10)
        fm += ["applicants: " + rng.choice(["个人", "法人", "个人及法人"]),
               "conditions:"] + ["  - " + q(zh_sentence(rng)) for _ in range(rng.randint(2, 4))]
        fm.append("materials:")
        for name in rng.sample(MATERIALS, rng.randint(2, 4)):
            fm.append("  - {name: %s, form: %s, count: %d}" % (name, rng.choice(FORMS),
                                                              rng.randint(1, 2)))
        fm.append("steps:")
        fm += ["  - " + q(s) for s in ("申请：" + zh_sentence(rng), "审核：" + zh_sentence(rng),
                                       "办结：" + zh_sentence(rng))]
        fm += ["time_limit: %d个工作日" % promised,
               "statutory_time_limit: %d个工作日" % (promised + rng.randint(0, 20)),
               "fee: 不收费",
               "legal_basis: " + ylist(rng.sample(LAWS, 2)),
               "location: " + q(p.board[1] + "便民服务窗口"),
               "hours: " + q("周一至周五 8:30-12:00, 13:30-17:30（法定节假日除外）"),
               "phone: " + q(rng.choice(OFFICE_PHONES)),
               "complaint_phone: " + q(HOTLINE)]
    elif p.type == "notice":
        start, days, working = p.posting
        fm += ["posting:", "  start: " + start.isoformat(), "  days: %d" % days,
               "  day_type: " + ("working" if working else "calendar"),
               "objections:", "  contact: " + q(p.board[1] + " " + person(rng)),
               "  phone: " + q(p.board[4]), "  address: " + q(p.board[1] + "一层接待室")]
        if p.result:
            fm.append("result: " + p.result)
    elif p.type == "supervision":
        inspected = p.published - datetime.timedelta(days=rng.randint(1, 10))
        fm += ["inspected: " + inspected.isoformat(),
               "period: " + q("%d年%s" % (inspected.year, QUARTERS[(inspected.month - 1) // 3])),
               "inspector: " + q("和平街道政务公开监督检查小组（%s、%s）" % (person(rng),
                                                                    person(rng)))]
    elif p.type == "responsibility":
        fm.append("posts:")
        for _ in range(rng.randint(3, 6)):
            fm += ["  - post: " + q(rng.choice(SUBJECT) + "岗"),
                   "    person: " + q(person(rng)),
                   "    stand_in: " + q(person(rng)),
                   "    duties: " + q(zh_sentence(rng))]
    elif p.type == "commitment":
        fm.append("commitments:")
        fm += ["  - " + q(zh_sentence(rng)) for _ in range(rng.randint(4, 8))]
    elif p.type == "reception":
        fm.append("kind: " + ("director" if p.board[3] == "street-office" else "deputy"))
        fm.append("schedule:")
        if rng.random() < 0.5:
            fm.append("  monthly_days: [%d, %d]" % (rng.randint(1, 10), rng.randint(11, 28)))
        else:
            fm.append("  weekdays: [%s]" % rng.choice(["monday", "wednesday", "friday"]))
        fm += ['  time: "09:00-11:30"', "  postpone_on_holiday: true",
               "  from: " + p.published.isoformat(),
               "location: " + q(p.board[1] + "接待室"),
               "receivers: " + ylist(["%s（区人大代表）" % person(rng)
                                      for _ in range(rng.randint(1, 3))])]
    fm.append("---")
    return fm


def body(rng, p, plans):
    out = [p.board[1] + " " + p.board[2] + "：" + paragraph(rng), ""]
    target = rng.randint(4200, 5600)
    size = len(out[0].encode("utf-8"))
    h = 0
    links = 0
    while size < target:
        block = ["## " + HEADINGS[h % len(HEADINGS)], ""]
        h += 1
        for _ in range(rng.randint(1, 2)):
            block += [paragraph(rng), ""]
        r = rng.random()
        if r < 0.35:
            block += ["\n".join("- " + sentence(rng) for _ in range(rng.randint(3, 6))), ""]
        elif r < 0.5:
            block += ["\n".join("%d. %s" % (i + 1, sentence(rng))
                                for i in range(rng.randint(3, 5))), ""]
        if h == 2:
            block += [table(rng), ""]
        if links < 3 and p.idx > 0 and rng.random() < 0.5:
            other = plans[rng.randrange(p.idx)]
            block += ["详见 See [%s](item:%s)。" % (other.title, other.id), ""]
            links += 1
        if h == 3:
            block += ["More at the [city portal](https://www.beijing.gov.cn/) or 12345.", ""]
        text = "\n".join(block)
        size += len(text.encode("utf-8")) + 1
        out.append(text)
    return out


def site_yaml():
    lines = ["title: 和平街道政务公开（基准测试站点）",
             "title_en: Heping Street Open Government Notice Board (benchmark)",
             "organisation: 北京市东城区人民政府和平街道办事处",
             "language: zh-CN", 'base_url: ""', "hotline: " + q(HOTLINE),
             "public_contacts:"]
    lines += ["  - " + q(x) for x in [HOTLINE] + OFFICE_PHONES + [b[4] for b in BOARDS[1:]]
              + ["12345"]]
    lines += ['index_prefix: "11010100"', "minimum_posting_days: {notice: 7}",
              "holidays: data/holidays.yaml", "boards:"]
    for slug, name, name_en, kind, phone in BOARDS:
        lines += ["  - slug: " + slug, "    name: " + name, "    name_en: " + q(name_en),
                  "    kind: " + kind, "    address: " + q("北京市东城区和平街道" + name[:-6] + "8号"),
                  "    office_hours: " + q("周一至周五 8:30-12:00, 13:30-17:30（法定节假日休息）"),
                  "    hotline: " + q(phone), "    supervision_interval_days: 92",
                  "    contacts:",
                  "      - {role: 政务公开联络人, name: %s, phone: %s}" % (
                      "李华" if kind == "street-office" else "郭春燕", q(phone))]
    return "\n".join(lines) + "\n"


HOLIDAYS = {
    2025: ("2025-01-01 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-02-01 2025-02-02 "
           "2025-02-03 2025-02-04 2025-04-04 2025-04-05 2025-04-06 2025-05-01 2025-05-02 "
           "2025-05-03 2025-05-04 2025-05-05 2025-05-31 2025-06-01 2025-06-02 2025-10-01 "
           "2025-10-02 2025-10-03 2025-10-04 2025-10-05 2025-10-06 2025-10-07 2025-10-08",
           "2025-01-26 2025-02-08 2025-04-27 2025-09-28 2025-10-11"),
    2026: ("2026-01-01 2026-01-02 2026-01-03 2026-02-15 2026-02-16 2026-02-17 2026-02-18 "
           "2026-02-19 2026-02-20 2026-02-21 2026-02-22 2026-02-23 2026-04-04 2026-04-05 "
           "2026-04-06 2026-05-01 2026-05-02 2026-05-03 2026-05-04 2026-05-05 2026-06-19 "
           "2026-06-20 2026-06-21 2026-09-25 2026-09-26 2026-09-27 2026-10-01 2026-10-02 "
           "2026-10-03 2026-10-04 2026-10-05 2026-10-06 2026-10-07",
           "2026-01-04 2026-02-14 2026-02-28 2026-05-09 2026-09-20 2026-10-10"),
    # not yet announced in the story's time: assumed, so reception days in 2027 can be counted
    2027: ("2027-01-01 2027-01-02 2027-01-03 2027-02-06 2027-02-07 2027-02-08 2027-02-09 "
           "2027-02-10 2027-02-11 2027-02-12", "2027-02-13"),
}


def holidays_yaml():
    lines = []
    for year, (off, on) in HOLIDAYS.items():
        lines += ["%d:" % year, "  holidays: [%s]" % ", ".join(off.split()),
                  "  workdays: [%s]" % ", ".join(on.split())]
    return "\n".join(lines) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of items")
    ap.add_argument("outdir", help="the site goes to OUTDIR/content/")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    content = os.path.join(args.outdir, "content")
    write(os.path.join(content, "site.yaml"), site_yaml())
    write(os.path.join(content, "data", "holidays.yaml"), holidays_yaml())
    plans = plan_items(rng, args.n)
    counts = {}
    for p in plans:
        text = "\n".join(front_matter(rng, p, plans)) + "\n\n" + "\n".join(body(rng, p, plans))
        write(os.path.join(content, p.board[0], p.type, p.slug + ".md"), text + "\n")
        counts[p.type] = counts.get(p.type, 0) + 1
    sys.stderr.write("wrote %d items: %s\n" % (args.n, ", ".join(
        "%s=%d" % (t, counts.get(t, 0)) for t, _ in TYPES)))


if __name__ == "__main__":
    main()
