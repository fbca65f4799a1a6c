package se.ukrapport.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.ukrapport.domain.survey.AnswerOption;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.normalize.EnergyReading.Basis;
import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.NormalizedAnswer;
import se.ukrapport.domain.survey.UnitNote;
import se.ukrapport.support.NumberParser;
import se.ukrapport.support.ParsedNumber;

/**
 * Turns one typed answer into data according to its codebook column. Respondents' answers
 * and the programme unit's corrections go through the same code; only the energy unit
 * rule differs (a correction is taken at face value).
 */
public final class AnswerNormalizer {

    private static final Set<String> TICKED = Set.of("1", "x", "ja", "j", "yes");

    private static final Set<String> NOT_TICKED = Set.of("", "0", "nej", "n", "no");

    public NormalizedAnswer answer(CodebookColumn column, String municipality, String raw) {
        return normalize(column, municipality, raw, false);
    }

    public NormalizedAnswer correction(CodebookColumn column, String municipality, String raw) {
        return normalize(column, municipality, raw, true);
    }

    private NormalizedAnswer normalize(CodebookColumn column, String municipality, String raw, boolean correction) {
        String text = raw == null ? "" : raw;
        String trimmed = NumberParser.spaces(text).strip();
        String code = column.code();
        return switch (column.type()) {
            case SINGLE, SCALE -> {
                if (trimmed.isEmpty()) {
                    yield ok(new Answer(municipality, code, text, null, null, false));
                }
                Optional<AnswerOption> o = column.option(trimmed);
                if (o.isPresent()) {
                    yield ok(new Answer(municipality, code, text, o.get().value(), null, true));
                }
                yield rejected(new Answer(municipality, code, text, null, null, false),
                        "inget av svarsalternativen (" + values(column) + ")");
            }
            case MULTI -> {
                String folded = trimmed.toLowerCase(Locale.ROOT);
                if (TICKED.contains(folded) || folded.equalsIgnoreCase(column.label())) {
                    yield ok(new Answer(municipality, code, text, "1", null, true));
                }
                if (NOT_TICKED.contains(folded)) {
                    yield ok(new Answer(municipality, code, text, null, null, false));
                }
                yield rejected(new Answer(municipality, code, text, null, null, false),
                        "kryssruta med okänt värde (1 = kryssad, tom = inte kryssad)");
            }
            case NUMBER -> {
                ParsedNumber n = NumberParser.parse(text);
                if (n.usable()) {
                    yield ok(new Answer(municipality, code, text, null, n.value(), true));
                }
                Answer none = new Answer(municipality, code, text, null, null, false);
                yield n.kind() == ParsedNumber.Kind.NO_ANSWER ? ok(none) : rejected(none, reason(n));
            }
            case ENERGY -> energy(column, municipality, text, correction);
            case TEXT, ID, KOMMUN, DATUM -> ok(new Answer(municipality, code, text,
                    trimmed.isEmpty() ? null : text.strip(), null, !trimmed.isEmpty()));
        };
    }

    private NormalizedAnswer energy(CodebookColumn column, String municipality, String text, boolean correction) {
        EnergyUnitRule rule = EnergyUnitRule.forCodebookUnit(column.unit());
        EnergyReading r = correction ? rule.correction(text) : rule.answer(text);
        String code = column.code();
        if (!r.usable()) {
            Answer none = new Answer(municipality, code, text, null, null, false);
            if (r.number().kind() == ParsedNumber.Kind.NO_ANSWER) {
                return ok(none);
            }
            String why = r.number().usable() ? "olika energienheter i samma svar" : reason(r.number());
            return rejected(none, why);
        }
        Answer a = new Answer(municipality, code, text, null, r.mwh(), true);
        String shown = text.strip();
        if (correction) {
            String how = r.basis() == Basis.EXPLICIT_UNIT ? "rättelse, enhet " + r.unit().symbol()
                    : "rättelse, frågans enhet " + r.unit().symbol();
            return new NormalizedAnswer(a,
                    new UnitNote(municipality, code, shown, how, r.mwh(), UnitNote.RULE_CORRECTION), null);
        }
        return switch (r.basis()) {
            case EXPLICIT_UNIT -> new NormalizedAnswer(a, new UnitNote(municipality, code, shown,
                    "enhet " + r.unit().symbol(), r.mwh(), UnitNote.RULE_EXPLICIT), null);
            case ASSUMED_MWH -> new NormalizedAnswer(a,
                    new UnitNote(municipality, code, shown, "antagen MWh", r.mwh(), UnitNote.RULE_ASSUMED_MWH), null);
            default -> ok(a);
        };
    }

    private static String reason(ParsedNumber n) {
        return switch (n.kind()) {
            case SEVERAL -> "flera tal i svaret, inte ett intervall";
            case NO_NUMBER -> "inget tal i svaret";
            case TOO_LONG -> "talet har fler siffror (över " + NumberParser.MAX_DIGITS + ") än något rimligt svar";
            default -> "svaret kan inte tolkas som tal";
        };
    }

    private static String values(CodebookColumn column) {
        StringBuilder sb = new StringBuilder();
        for (AnswerOption o : column.options()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(o.value());
        }
        return sb.toString();
    }

    private static NormalizedAnswer ok(Answer a) {
        return new NormalizedAnswer(a, null, null);
    }

    private static NormalizedAnswer rejected(Answer a, String reason) {
        return new NormalizedAnswer(a, null, reason);
    }

}
