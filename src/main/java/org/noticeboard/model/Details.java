package org.noticeboard.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What an item holds beyond the common disclosure metadata; one record per content type. */
public sealed interface Details {

    record None() implements Details {}

    /** 办事指南: everything a resident needs to apply, as required by service-guide practice. */
    record Procedure(
            String applicants,
            List<String> conditions,
            List<Material> materials,
            List<String> steps,
            TimeLimit timeLimit,
            TimeLimit statutoryTimeLimit,
            String timeLimitNote,
            String fee,
            String feeBasis,
            List<String> legalBasis,
            String location,
            String hours,
            List<String> phones,
            String complaintPhone)
            implements Details {
        public Procedure {
            conditions = List.copyOf(conditions);
            materials = List.copyOf(materials);
            steps = List.copyOf(steps);
            legalBasis = List.copyOf(legalBasis);
            phones = List.copyOf(phones);
        }

        /** The first consultation phone, for places with room for one. */
        public String phone() {
            return phones.isEmpty() ? "" : phones.get(0);
        }
    }

    /**
     * 公示, 公告, 通知 or 征求意见: a posting period, where objections or comments go (empty for
     * kinds that take none) and, later, the result notice.
     */
    record Notice(
            NoticeKind kind,
            PostingPeriod posting,
            String objectionContact,
            String objectionPhone,
            String objectionAddress,
            Optional<String> result)
            implements Details {}

    /** 接待日: a recurring schedule of receptions. */
    record Reception(
            String kind,
            ReceptionSchedule schedule,
            String location,
            List<String> receivers,
            List<ReceptionOverride> overrides)
            implements Details {
        public Reception {
            receivers = List.copyOf(receivers);
            overrides = List.copyOf(overrides);
        }
    }

    /**
     * 监督检查结果. {@code period} is empty for an inspection that covers no period, such as an
     * unannounced one (暗访).
     *
     * @param method 定期, 不定期 or 暗访
     */
    record Supervision(LocalDate inspected, String method, String period, String inspector)
            implements Details {}

    record Responsibility(List<Post> posts) implements Details {
        public Responsibility {
            posts = List.copyOf(posts);
        }
    }

    record Commitment(List<String> commitments) implements Details {
        public Commitment {
            commitments = List.copyOf(commitments);
        }
    }
}
