package io.precog.models.adapters.rest.problem;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Plain words for a request body that the JSON reader rejects: what is wrong and what to send instead, in place
 * of the reader's own message, which names its settings and classes. The reader's messages are recognised by
 * their wording, so a message this class does not know gets a generic sentence rather than the original text.
 */
final class JsonReadErrors {

    /** Every value JSON allows, for the messages that expected one. */
    static final String VALUES = "a string in double quotes, a number, an object, an array, true, false or null";

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.*)\"");
    private static final Pattern CHARACTER_CODE = Pattern.compile("code (\\d+)");
    private static final Pattern UNEXPECTED =
            Pattern.compile("^Unexpected character \\((.*) \\(code (\\d+)\\)\\)(.*)$");
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern NUMBER_TEXT = Pattern.compile("(?:Numeric value \\(|Value \")([^)\"]*)");

    private JsonReadErrors() {
    }

    /** Describes a limit of the JSON reader that the body breaks, such as its nesting depth. */
    static String limit(StreamConstraintsException exception) {
        String message = message(exception);
        Matcher limit = LIMIT.matcher(message);
        String maximum = limit.find() ? limit.group(1) : null;
        if (maximum == null) {
            return "The JSON is larger or deeper than the service reads; send a smaller body";
        }
        if (message.startsWith("Document nesting depth")) {
            return "The JSON is nested deeper than " + maximum + " levels";
        }
        if (message.startsWith("Number value length")) {
            return "A number in the JSON is longer than " + maximum + " characters";
        }
        if (message.startsWith("String value length")) {
            return "A string in the JSON is longer than " + maximum + " characters";
        }
        if (message.startsWith("Name length")) {
            return "A property name in the JSON is longer than " + maximum + " characters";
        }
        if (message.startsWith("BigDecimal scale")) {
            return "A number in the JSON has an exponent beyond " + maximum;
        }
        if (message.startsWith("Token count")) {
            return "The JSON has more than " + maximum + " values";
        }
        return "The JSON is longer than " + maximum + " bytes";
    }

    /** Describes why the body is not valid JSON, such as a NaN, a missing comma or a duplicate key. */
    static String syntax(JacksonException exception) {
        String message = message(exception);
        if (exception instanceof UnexpectedEndOfInputException || message.startsWith("Unexpected end-of-input")) {
            return "The JSON ends too early: close every string, object and array";
        }
        if (exception instanceof InputCoercionException || message.contains("out of range")
                || message.contains("cannot be deserialized as") || message.contains("exceeds the maximum")) {
            return numberOutOfRange(message);
        }
        if (message.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers in JSON; send a decimal such as 0.5";
        }

        if (message.contains("plus sign")) {
            return "A number in JSON does not start with '+'; write 0.5, not +0.5";
        }
        if (message.toLowerCase(Locale.ROOT).contains("leading zero")) {
            return "A number in JSON does not start with a zero followed by digits; write 7 or 0.7, not 07";
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "Key \"" + abbreviate(duplicate.group(1)) + "\" appears twice in one object; send each key once";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "A string contains an unescaped control character" + codePoint(message)
                    + "; write it as an escape such as \\n, \\t or \\u0009";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "A string contains an unknown escape; JSON knows \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t"
                    + " and \\uXXXX";
        }
        if (message.contains("UTF-8") || message.contains("UTF8") || message.contains("surrogate")) {
            return "The body is not valid UTF-8; send JSON encoded as UTF-8";
        }

        if (message.startsWith("Unrecognized token")) {
            Matcher token = QUOTED.matcher(message);
            String word = token.find() ? " '" + abbreviate(token.group(1)) + "'" : "";
            return "Unknown word" + word + " where a value should be; send " + VALUES;
        }
        if (message.startsWith("Unexpected close marker")) {
            Matcher marker = QUOTED.matcher(message);
            String found = marker.find() ? "'" + marker.group(1) + "'" : "A closing bracket";
            return "Unexpected " + found + ": it closes no open array or object, or one of another kind";
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return unexpectedCharacter(Integer.parseInt(unexpected.group(2)), unexpected.group(3));
        }
        return "The body is not valid JSON";
    }

    private static String unexpectedCharacter(int code, String rest) {
        String character = code < 0x20 || code == 0x7F ? String.format("control character U+%04X", code)
                : "character '" + new String(Character.toChars(code)) + "'";
        String expected;
        if (rest.contains("comment")) {
            expected = "; JSON has no comments";
        } else if (rest.contains("in numeric value")) {
            expected = " in a number; write numbers such as 7, -0.5 or 1.5E-7";
        } else if (rest.contains("double-quote to start property name")) {
            expected = "; expected a property name in double quotes";
        } else if (rest.contains("comma to separate Object entries")) {
            expected = "; expected ',' or '}' after a property value";
        } else if (rest.contains("comma to separate Array entries")) {
            expected = "; expected ',' or ']' after an array element";
        } else if (rest.contains("colon to separate")) {
            expected = "; expected ':' after a property name";
        } else if (rest.contains("root-level values")) {
            expected = " after the end of the JSON value; send a single value";
        } else if (rest.contains("value")) {
            expected = "; expected " + VALUES;
        } else {
            expected = "";
        }
        return "Unexpected " + character + expected;
    }

    private static String numberOutOfRange(String message) {
        Matcher number = NUMBER_TEXT.matcher(message);
        String text = number.find() ? " " + abbreviate(number.group(1)) : "";
        if (message.contains("`long`")) {
            return "The number" + text + " is out of range; an integer here is at most 9223372036854775807";
        }
        if (message.contains("`int`")) {
            return "The number" + text + " is out of range; an integer here is at most 2147483647";
        }
        return "The number" + text + " is out of range; write it with fewer digits or a smaller exponent";
    }

    private static String codePoint(String message) {
        Matcher code = CHARACTER_CODE.matcher(message);
        return code.find() ? String.format(" U+%04X", Integer.parseInt(code.group(1))) : "";
    }

    private static String message(JacksonException exception) {
        String message = exception.getOriginalMessage();
        return message == null ? "" : message;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
