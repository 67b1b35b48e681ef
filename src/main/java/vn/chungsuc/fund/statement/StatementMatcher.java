package vn.chungsuc.fund.statement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chungsuc.fund.vietqr.CampaignCode;

/**
 * Which campaign, or which expected pledge, a statement line pays into: pure rules, in this order, the first that
 * applies wins, and each result names its rule (shown to the officer beside a suggestion):
 * <ol>
 * <li>{@link Rule#DEBIT}: money out (a fee, a payment) is suggested as not a donation;</li>
 * <li>{@link Rule#CODE_AND_AMOUNT}: a campaign code in the description and an open pledge of that campaign for
 * exactly that amount (the one whose donor reference the memo carries first) — matched, the pledge is used up;</li>
 * <li>{@link Rule#CODE}: a campaign code of the fund — matched to the campaign;</li>
 * <li>{@link Rule#CODE_UNKNOWN}: a well-formed code that is no campaign of this fund — left to the officer;</li>
 * <li>{@link Rule#CODE_TYPO}: no valid code, but one character off (or two neighbours swapped) from a campaign's
 * code — suggested;</li>
 * <li>{@link Rule#AMOUNT_AND_NAME}: an open pledge for that amount whose donor's name is the counterparty or is
 * in the description — suggested;</li>
 * <li>{@link Rule#KEYWORD}: a campaign's keyword (its name, "xóa nhà tạm") in the description — suggested;</li>
 * <li>{@link Rule#NONE}: nothing — waits in the queue.</li>
 * </ol>
 * Only the first three post by themselves ({@link Match#automatic()}); the rest are suggestions.
 */
public final class StatementMatcher {

    /**
     * A campaign of the fund.
     *
     * @param keywords words or phrases that name it in a description, folded or not ("tết", "xóa nhà tạm")
     */
    public record Campaign(long id, CampaignCode code, List<String> keywords) {
    }

    /**
     * A pledge the fund expects: a donor who promised an amount to a campaign.
     *
     * @param donorName the name as the bank would print it (diacritics and case do not matter), null if unknown
     * @param donorReference the reference the donor was given for his memo, null if none
     */
    public record Pledge(long id, long campaignId, long amount, String donorName, String donorReference) {
    }

    public enum Outcome {
        /** Matched to a pledge: posts as that pledge's donation. */
        PLEDGE,
        /** Matched to a campaign: posts as a donation to it. */
        CAMPAIGN,
        /** A campaign or pledge suggested to the officer. */
        SUGGESTED,
        /** Suggested to the officer as not a donation (money out). */
        NOT_A_DONATION,
        /** Nothing found: the officer decides. */
        UNMATCHED
    }

    public enum Rule { DEBIT, CODE_AND_AMOUNT, CODE, CODE_UNKNOWN, CODE_TYPO, AMOUNT_AND_NAME, KEYWORD, NONE }

    /**
     * What the rules made of one line.
     *
     * @param campaignId the campaign matched or suggested, else null
     * @param pledgeId the pledge matched or suggested, else null
     * @param code the campaign code the rule read (as found, or the code a typo is close to), else null
     * @param donorReference what the donor wrote after the code, else null
     */
    public record Match(StatementLine line, Outcome outcome, Rule rule, Long campaignId, Long pledgeId, String code,
            String donorReference) {

        /** Whether the line posts without an officer: matched by code (and amount). */
        public boolean automatic() {
            return outcome == Outcome.PLEDGE || outcome == Outcome.CAMPAIGN;
        }

        /** The message key that explains the rule to the officer ({@code fundbank.match.rule.CODE} …). */
        public String ruleKey() {
            return "fundbank.match.rule." + rule.name();
        }
    }

    private final Map<String, Campaign> byCode = new HashMap<>();
    private final List<Campaign> campaigns;
    private final Map<Long, Map<Long, Deque<Pledge>>> openPledges = new HashMap<>();
    private final Map<Long, List<Pledge>> pledgesByAmount = new HashMap<>();
    private final List<Map.Entry<String, Campaign>> keywords = new ArrayList<>();
    private final Map<Long, String> pledgeNames = new HashMap<>();
    private final Map<Long, String> pledgeReferences = new HashMap<>();

    /** Rules over these campaigns and open pledges; each pledge is matched at most once across calls. */
    public StatementMatcher(List<Campaign> campaigns, List<Pledge> pledges) {
        this.campaigns = List.copyOf(campaigns);
        for (Campaign c : campaigns) {
            byCode.put(c.code().value(), c);
            for (String k : c.keywords()) {
                String folded = BankStatement.normalise(k);
                if (!folded.isEmpty()) {
                    keywords.add(Map.entry(folded, c));
                }
            }
        }
        for (Pledge p : pledges) {
            openPledges.computeIfAbsent(p.campaignId(), k -> new HashMap<>())
                    .computeIfAbsent(p.amount(), k -> new ArrayDeque<>()).add(p);
            pledgesByAmount.computeIfAbsent(p.amount(), k -> new ArrayList<>()).add(p);
            if (p.donorName() != null) {
                pledgeNames.put(p.id(), BankStatement.normalise(p.donorName()));
            }
            if (p.donorReference() != null) {
                pledgeReferences.put(p.id(), BankStatement.normalise(p.donorReference()));
            }
        }
    }

    /** Every line of a statement, in order. */
    public List<Match> match(BankStatement statement) {
        List<Match> out = new ArrayList<>(statement.lines().size());
        for (StatementLine l : statement.lines()) {
            out.add(match(l));
        }
        return out;
    }

    public Match match(StatementLine line) {
        if (line.amount() < 0) {
            return new Match(line, Outcome.NOT_A_DONATION, Rule.DEBIT, null, null, null, null);
        }
        List<CampaignCode.Found> found = CampaignCode.find(line.description());
        for (CampaignCode.Found f : found) {
            Campaign c = byCode.get(f.code().value());
            if (c == null) {
                continue;
            }
            Pledge p = takePledge(c.id(), line.amount(), f.donorReference());
            if (p != null) {
                return new Match(line, Outcome.PLEDGE, Rule.CODE_AND_AMOUNT, c.id(), p.id(), f.code().value(),
                        f.donorReference());
            }
            return new Match(line, Outcome.CAMPAIGN, Rule.CODE, c.id(), null, f.code().value(), f.donorReference());
        }
        if (!found.isEmpty()) {
            CampaignCode.Found f = found.get(0);
            return new Match(line, Outcome.UNMATCHED, Rule.CODE_UNKNOWN, null, null, f.code().value(),
                    f.donorReference());
        }
        Campaign near = typo(line.description());
        if (near != null) {
            return new Match(line, Outcome.SUGGESTED, Rule.CODE_TYPO, near.id(), null, near.code().value(), null);
        }
        Pledge byName = pledgeByName(line);
        if (byName != null) {
            return new Match(line, Outcome.SUGGESTED, Rule.AMOUNT_AND_NAME, byName.campaignId(), byName.id(), null,
                    null);
        }
        String text = " " + line.normalisedDescription() + " ";
        for (Map.Entry<String, Campaign> k : keywords) {
            if (text.contains(" " + k.getKey() + " ")) {
                return new Match(line, Outcome.SUGGESTED, Rule.KEYWORD, k.getValue().id(), null, null, null);
            }
        }
        return new Match(line, Outcome.UNMATCHED, Rule.NONE, null, null, null, null);
    }

    private Pledge takePledge(long campaignId, long amount, String reference) {
        Map<Long, Deque<Pledge>> byAmount = openPledges.get(campaignId);
        Deque<Pledge> open = byAmount == null ? null : byAmount.get(amount);
        if (open == null || open.isEmpty()) {
            return null;
        }
        Pledge chosen = open.peekFirst();
        if (reference != null) {
            String ref = BankStatement.normalise(reference);
            for (Pledge p : open) {
                String expected = pledgeReferences.get(p.id());
                if (expected != null && !ref.isEmpty() && !expected.isEmpty() && ref.startsWith(expected)) {
                    chosen = p;
                    break;
                }
            }
        }
        open.remove(chosen);
        pledgesByAmount.getOrDefault(amount, new ArrayList<>()).remove(chosen);
        return chosen;
    }

    private Pledge pledgeByName(StatementLine line) {
        List<Pledge> candidates = pledgesByAmount.get(line.amount());
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        String counterparty = line.counterparty() == null ? "" : BankStatement.normalise(line.counterparty());
        String text = " " + line.normalisedDescription() + " ";
        for (Pledge p : candidates) {
            String name = pledgeNames.get(p.id());
            if (name != null && !name.isEmpty() && (name.equals(counterparty) || text.contains(" " + name + " "))) {
                return p;
            }
        }
        return null;
    }

    /** A campaign whose code the text holds with one wrong character or two neighbours swapped. */
    private Campaign typo(String description) {
        String folded = BankStatement.normalise(description).toUpperCase(java.util.Locale.ROOT);
        StringBuilder letters = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) != ' ') {
                letters.append(folded.charAt(i));
            }
        }
        String compact = letters.toString();
        int from = compact.indexOf(CampaignCode.PREFIX);
        while (from >= 0) {
            for (Campaign c : campaigns) {
                String code = c.code().value();
                if (from + code.length() <= compact.length()
                        && nearlyEqual(compact.substring(from, from + code.length()), code)) {
                    return c;
                }
            }
            from = compact.indexOf(CampaignCode.PREFIX, from + 1);
        }
        return null;
    }

    private static boolean nearlyEqual(String a, String b) {
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first < 0) {
                    first = i;
                }
                differences++;
            }
        }
        if (differences == 1) {
            return true;
        }
        return differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
    }
}
