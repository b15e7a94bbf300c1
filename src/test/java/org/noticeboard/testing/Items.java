package org.noticeboard.testing;

/** Front matter of valid items of each type, for tests to start from. */
public final class Items {

    private Items() {}

    public static String policy(String title) {
        return """
                ---
                title: %s
                published: 2026-11-01
                doc_no: 测街发〔2026〕1号
                ---
                正文第一段。
                """.formatted(title);
    }

    public static String notice(String title, String start, int days) {
        return """
                ---
                title: %s
                published: 2026-11-20
                posting:
                  start: %s
                  days: %d
                objections:
                  contact: 民政科
                  phone: "010-65212347"
                  address: 测试路1号
                ---
                公示内容。
                """.formatted(title, start, days);
    }

    public static String procedure(String title) {
        return """
                ---
                title: %s
                published: 2026-10-01
                applicants: 个人
                conditions: [本街道户籍居民]
                materials:
                  - {name: 居民身份证, form: 原件, count: 1}
                steps: [提交申请, 审核, 办结]
                time_limit: 5个工作日
                statutory_time_limit: 20个工作日
                fee: 不收费
                legal_basis: [《社会救助暂行办法》第十一条]
                location: 测试路1号便民服务大厅
                hours: 周一至周五 8:30-17:00（法定节假日除外）
                phone: "010-65212346"
                complaint_phone: "010-65212345"
                ---
                办事说明。
                """.formatted(title);
    }
}
