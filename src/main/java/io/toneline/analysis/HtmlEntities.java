package io.toneline.analysis;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the HTML character references that show up in news pages. */
final class HtmlEntities {

    private static final Pattern REF = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
            Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("hellip", "\u2026"),
            Map.entry("sbquo", "\u201A"), Map.entry("bdquo", "\u201E"), Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"), Map.entry("euro", "\u20AC"), Map.entry("pound", "\u00A3"),
            Map.entry("yen", "\u00A5"), Map.entry("cent", "\u00A2"), Map.entry("deg", "\u00B0"),
            Map.entry("middot", "\u00B7"), Map.entry("bull", "\u2022"), Map.entry("times", "\u00D7"),
            Map.entry("shy", ""), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"),
            Map.entry("thinsp", "\u2009"), Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"),
            Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("aacute", "\u00E1"),
            Map.entry("iacute", "\u00ED"), Map.entry("oacute", "\u00F3"), Map.entry("uacute", "\u00FA"),
            Map.entry("ntilde", "\u00F1"), Map.entry("ccedil", "\u00E7"), Map.entry("uuml", "\u00FC"),
            Map.entry("ouml", "\u00F6"), Map.entry("auml", "\u00E4"), Map.entry("szlig", "\u00DF"));

    private HtmlEntities() {
    }

    /**
     * Replaces character references; unknown names are kept verbatim, invalid code points become U+FFFD.
     *
     * @param s text between tags
     * @return decoded text
     */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = REF.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                replacement = NAMED.getOrDefault(m.group(3), m.group());
            } else {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT
                        && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
                replacement = new String(Character.toChars(valid ? cp : 0xFFFD));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }
}
