package dev.parley.platform.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds in Java sources every text a refused request can say, so that {@link ProblemCatalogTest} can ask
 * the Russian catalog for each. It reads the sources as tokens (comments dropped, string literals with
 * their escapes resolved), not as a full Java parse, and follows the few ways a problem text travels in
 * Parley's code.
 *
 * <p>A <em>text expression</em> is a string literal; a concatenation with at least one literal in it,
 * its other operands written {@code {0}}, {@code {1}}… in order ({@code "Try again in " + s + " s."} is
 * {@code Try again in {0} s.}, the form of the catalog's pattern entries), a {@code ?:} of literals among
 * its operands giving one text per branch; either branch of a {@code ?:}; a {@code String} constant
 * ({@code Class.NAME} too) or local variable, by its value; a call of a method of the same class (or
 * {@code Class.method(…)}) that returns String, by its returned values; the values of {@code Map.of(…)}
 * and {@code Map.entry(…)}. Texts are taken from these places:
 * <ol>
 * <li>a call with a {@code ProblemType.X} argument ({@code super(ProblemType.NOT_FOUND, detail, fields)}
 * in each {@code ParleyException} subtype, {@code Problem.of}, the gateway's {@code GatewayErrors.body}):
 * the first argument after it that is a text (the detail), and the maps after it;</li>
 * <li>{@code PageMessages.show(text)} and the first argument of {@code ProblemTexts.text(…)};</li>
 * <li>the value of {@code put}, {@code merge} or {@code putIfAbsent} on a <em>complaint map</em>: a
 * {@code Map<String, String>} passed whole to 1., or to a complaint-map parameter (5.), or declared in a
 * method whose name says {@code problem};</li>
 * <li>in a method whose name says {@code problem} ({@code problemOf}, {@code parentProblem}, …): its
 * {@code Optional.of(…)} arguments and, when it returns {@code String}, its returned values;</li>
 * <li><em>parameters</em>: a {@code String} parameter that is, by itself, a text in 1.–4. is a text
 * parameter, and every call of that method or constructor (by name and number of arguments: in the same
 * file first, else any non-private one) passes a text there — this is how {@code new NotFoundException("No
 * such channel.")} is found, through the constructor's {@code super(ProblemType.NOT_FOUND, detail, …)}; a
 * {@code Map<String, String>} parameter passed whole to 1.–3. is a complaint-map parameter, and a call
 * passes complaints there ({@code Map.of("username", "is already taken")}, or a map that thereby is a
 * complaint map);</li>
 * <li>an exception whose {@code getMessage()} (in its {@code catch} block) is a text of 1.–5., such as the
 * gateway's {@code GatewayFrame.Malformed}: the first argument of {@code new X(…)};</li>
 * <li>Bean Validation: each {@code message = "…"} of an annotation, and the English default message of
 * each constraint used without one ({@link #CONSTRAINTS}, Hibernate Validator's wording, with
 * {@code {min}}, {@code {max}}, {@code {value}} as {@code {0}}, {@code {1}}).</li>
 * </ol>
 * Steps 1–6 are repeated until nothing new is learnt (a parameter found in one round makes its calls
 * places of texts in the next). Field names are gathered alike: literal keys of complaint maps and of
 * the maps in 1., literal arguments at a parameter used as such a key, the names of record components
 * and fields carrying a constraint annotation, and the inputs a form names to {@code PageMessages.show}.
 *
 * <p>What this does not see: a parameter that is only a part of a sentence ({@code "Nobody can " + doing
 * + " the owner of the server."}) is a value of its pattern, so the words passed there ({@code "kick"})
 * are not found (the catalog has them as {@code part} entries); nor is a text that reaches a refusal
 * through a field, a collection or an enum (the test asks enums such as {@code Permission.phrase()}
 * itself).
 */
final class ProblemTextSources {

    /** A text found, and where (file and line). */
    record Found(String text, String where) {
    }

    /** Bean Validation's constraints and Hibernate Validator's English default messages. */
    static final Map<String, String> CONSTRAINTS = Map.ofEntries(
            Map.entry("NotBlank", "must not be blank"),
            Map.entry("NotNull", "must not be null"),
            Map.entry("NotEmpty", "must not be empty"),
            Map.entry("Size", "size must be between {0} and {1}"),
            Map.entry("Min", "must be greater than or equal to {0}"),
            Map.entry("Max", "must be less than or equal to {0}"),
            Map.entry("Email", "must be a well-formed email address"),
            Map.entry("Pattern", "must match \"{0}\""),
            Map.entry("Positive", "must be greater than 0"),
            Map.entry("PositiveOrZero", "must be greater than or equal to 0"),
            Map.entry("Negative", "must be less than 0"),
            Map.entry("Past", "must be a past date"),
            Map.entry("Future", "must be a future date"),
            Map.entry("AssertTrue", "must be true"),
            Map.entry("AssertFalse", "must be false"),
            Map.entry("DecimalMin", "must be greater than or equal to {0}"),
            Map.entry("DecimalMax", "must be less than or equal to {0}"));

    private static final Set<String> NOT_DECLARATIONS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "return", "new", "else", "do", "try", "throw", "record", "case", "assert", "yield");
    private static final Set<String> MODIFIERS = Set.of("public", "private", "protected", "static", "final",
            "abstract", "synchronized", "default", "native", "strictfp", "transient", "volatile", "sealed");
    private static final Set<String> MAP_PUTS = Set.of("put", "merge", "putIfAbsent");

    private final List<Unit> units = new ArrayList<>();
    private final Map<String, List<Unit>> byClass = new HashMap<>();
    /** Exceptions whose message is passed on as a problem text ({@code e.getMessage()}). */
    private final Set<String> messageTypes = new HashSet<>();
    private final Set<Param> textParams = new HashSet<>();
    private final Set<Param> keyParams = new HashSet<>();
    private final Set<Param> mapParams = new HashSet<>();
    private final Map<String, Found> texts = new TreeMap<>();
    private final Map<String, Found> fields = new TreeMap<>();
    private final Map<String, List<Method>> byName = new HashMap<>();
    private int marks;

    private ProblemTextSources() {
    }

    /** The texts of every {@code .java} file under these folders. */
    static ProblemTextSources scan(Path... roots) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    sources.put(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(sources);
    }

    /** The texts of these sources (file name to source). */
    static ProblemTextSources of(Map<String, String> sources) {
        ProblemTextSources s = new ProblemTextSources();
        sources.forEach((name, source) -> s.units.add(new Unit(name, source)));
        for (Unit u : s.units) {
            for (String c : u.classes) {
                s.byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(u);
            }
            for (Method m : u.methods) {
                s.byName.computeIfAbsent(m.name, k -> new ArrayList<>()).add(m);
            }
        }
        s.run();
        return s;
    }

    /** Every problem text found (patterns with {@code {0}}…), with one place it was found. */
    Map<String, Found> texts() {
        return texts;
    }

    /** Every field name found. */
    Map<String, Found> fields() {
        return fields;
    }

    private void run() {
        int known = -1;
        while (known != learnt()) {
            known = learnt();
            for (Unit u : units) {
                scan(u);
            }
        }
        for (Unit u : units) {
            annotations(u);
        }
    }

    private int learnt() {
        return messageTypes.size() + textParams.size() + keyParams.size() + mapParams.size() + texts.size() + marks;
    }

    // ---- the places of texts

    private void scan(Unit u) {
        List<Token> t = u.tokens;
        for (int i = 0; i < t.size(); i++) {
            Method m = u.methodAt(i);
            if (t.get(i).is("new")) {
                int j = i + 1;
                String type = null;
                while (j + 1 < t.size() && t.get(j).kind == Kind.IDENT && (t.get(j + 1).is(".") || t.get(j + 1).is("("))) {
                    type = t.get(j).text;
                    if (t.get(j + 1).is("(")) {
                        break;
                    }
                    j += 2;
                }
                if (type != null && j + 1 < t.size() && t.get(j + 1).is("(")) {
                    List<int[]> args = u.args(j + 1);
                    if (messageTypes.contains(type) && !args.isEmpty()) {
                        collect(u, m, args.get(0)[0], args.get(0)[1]);
                    }
                    call(u, m, type, type, args);
                }
                continue;
            }
            if (t.get(i).kind != Kind.IDENT || i + 1 >= t.size() || !t.get(i + 1).is("(") || u.isDeclaration(i)
                    || (i > 0 && t.get(i - 1).is("new"))) {
                continue;
            }
            String name = t.get(i).text;
            String receiver = i >= 2 && t.get(i - 1).is(".") ? t.get(i - 2).text : null;
            List<int[]> args = u.args(i + 1);
            typed(u, m, args);
            if ("PageMessages".equals(receiver) && name.equals("show") && args.size() == 1) {
                collect(u, m, args.get(0)[0], args.get(0)[1]);
            }
            if ("PageMessages".equals(receiver) && name.equals("show") && args.size() == 3) {
                inputs(u, m, args.get(2));
            }
            if ("ProblemTexts".equals(receiver) && name.equals("text") && !args.isEmpty()) {
                collect(u, m, args.get(0)[0], args.get(0)[1]);
            }
            if (MAP_PUTS.contains(name) && receiver != null && args.size() >= 2 && m != null
                    && isComplaintMap(u, m, receiver)) {
                field(u, m, args.get(0)[0], args.get(0)[1]);
                collect(u, m, args.get(1)[0], args.get(1)[1]);
            }
            if (name.equals("of") && "Optional".equals(receiver) && m != null && m.problemNamed() && args.size() == 1) {
                collect(u, m, args.get(0)[0], args.get(0)[1]);
            }
            if (name.equals("this") && m != null) {
                call(u, m, null, m.name, args); // another constructor of the same class
            } else {
                call(u, m, receiver, name, args);
            }
        }
        for (Method m : u.methods) {
            if (m.problemNamed() && m.returns.equals("String")) {
                for (int[] r : u.returns(m)) {
                    collect(u, m, r[0], r[1]);
                }
            }
        }
    }

    /**
     * A call with a {@code ProblemType.X} argument: the first argument after it that is a text (or a
     * String parameter) is the detail; later maps are field complaints.
     */
    private void typed(Unit u, Method m, List<int[]> args) {
        List<Token> t = u.tokens;
        int at = -1;
        for (int k = 0; k < args.size() && at < 0; k++) {
            for (int x = args.get(k)[0]; x + 2 < args.get(k)[1]; x++) {
                if (t.get(x).is("ProblemType") && t.get(x + 1).is(".") && t.get(x + 2).kind == Kind.IDENT
                        && Character.isUpperCase(t.get(x + 2).text.charAt(0)) && !t.get(x + 3).is("(")) {
                    at = k;
                    break;
                }
            }
        }
        if (at < 0) {
            return;
        }
        boolean detail = false;
        for (int k = at + 1; k < args.size(); k++) {
            int[] a = args.get(k);
            if (isMapOf(u, a)) {
                collect(u, m, a[0], a[1]);
            } else if (!detail) {
                int before = textParams.size();
                detail = collect(u, m, a[0], a[1]) || textParams.size() > before;
            }
            complaintMap(u, m, a);
        }
    }

    /** What a call passes to a method's text, field-name and complaint-map parameters. */
    private void call(Unit u, Method m, String receiver, String name, List<int[]> args) {
        List<Token> t = u.tokens;
        for (Method callee : resolve(u, receiver, name, args.size())) {
            for (int k = 0; k < args.size() && k < callee.params.size(); k++) {
                Param p = new Param(callee.key, k);
                int[] a = args.get(k);
                if (keyParams.contains(p)) {
                    field(u, m, a[0], a[1]);
                } else if (textParams.contains(p)) {
                    collect(u, m, a[0], a[1]);
                }
                if (mapParams.contains(p)) {
                    if (isMapOf(u, a)) {
                        collect(u, m, a[0], a[1]);
                    }
                    complaintMap(u, m, a);
                } else if (callee.unit == u && m != null && a[1] - a[0] == 1 && t.get(a[0]).kind == Kind.IDENT
                        && isComplaintMap(u, m, t.get(a[0]).text) && callee.params.get(k).isStringMap()) {
                    // a complaint map handed to a method of the same class makes its parameter one
                    mapParams.add(p);
                }
            }
        }
    }

    private static boolean isMapOf(Unit u, int[] a) {
        List<Token> t = u.tokens;
        return a[1] - a[0] >= 4 && t.get(a[0]).is("Map") && t.get(a[0] + 1).is(".")
                && (t.get(a[0] + 2).is("of") || t.get(a[0] + 2).is("entry"));
    }

    /** A {@code Map<String, String>} passed whole where complaints go is a complaint map (and, if a parameter, so is the parameter). */
    private void complaintMap(Unit u, Method m, int[] a) {
        if (m == null || a[1] - a[0] != 1 || u.tokens.get(a[0]).kind != Kind.IDENT) {
            return;
        }
        String name = u.tokens.get(a[0]).text;
        if (m.stringMaps(u).contains(name) && m.complaintMaps.add(name)) {
            marks++;
        }
        int k = m.paramIndex(name);
        if (k >= 0 && m.params.get(k).isStringMap()) {
            mapParams.add(new Param(m.key, k));
        }
    }

    /** The field names of a {@code Set.of("email", "username")} naming a form's inputs. */
    private void inputs(Unit u, Method m, int[] arg) {
        List<Token> t = u.tokens;
        if (arg[1] - arg[0] >= 4 && t.get(arg[0]).is("Set") && t.get(arg[0] + 1).is(".") && t.get(arg[0] + 2).is("of")) {
            for (int[] a : u.args(arg[0] + 3)) {
                field(u, m, a[0], a[1]);
            }
        }
    }

    private boolean isComplaintMap(Unit u, Method m, String name) {
        if (!m.stringMaps(u).contains(name)) {
            return false;
        }
        if (m.problemNamed() || m.complaintMaps.contains(name)) {
            return true;
        }
        for (int k = 0; k < m.params.size(); k++) {
            if (m.params.get(k).name.equals(name) && mapParams.contains(new Param(m.key, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The methods a call may be, by name and number of arguments: {@code Class.name(…)} (and {@code new Class(…)})
     * those of that class; {@code variable.name(…)} any class's that is neither private nor static (the
     * variable's type is not known here); {@code name(…)} the file's own, else any class's that is not private.
     */
    private List<Method> resolve(Unit u, String receiver, String name, int arity) {
        if (receiver == null || receiver.equals("this")) {
            List<Method> here = u.methods.stream().filter(x -> x.name.equals(name)).toList();
            if (!here.isEmpty()) {
                return here.stream().filter(x -> x.accepts(arity)).toList();
            }
            return byName.getOrDefault(name, List.of()).stream().filter(x -> !x.isPrivate && x.accepts(arity)).toList();
        }
        if (Character.isUpperCase(receiver.charAt(0))) {
            List<Method> found = new ArrayList<>();
            for (Unit w : byClass.getOrDefault(receiver, List.of())) {
                for (Method x : w.methods) {
                    if (x.name.equals(name) && x.accepts(arity) && (w == u || !x.isPrivate)) {
                        found.add(x);
                    }
                }
            }
            return found;
        }
        return byName.getOrDefault(name, List.of()).stream()
                .filter(x -> !x.isPrivate && !x.isStatic && x.accepts(arity)).toList();
    }

    /** The texts of an expression, noted; whether there were any. */
    private boolean collect(Unit u, Method m, int from, int to) {
        List<String> found = templates(u, m, from, to, new HashSet<>());
        for (String text : found) {
            if (!text.isBlank()) {
                texts.putIfAbsent(text, new Found(text, u.name + ":" + u.tokens.get(from).line));
            }
        }
        return !found.isEmpty();
    }

    private void field(Unit u, Method m, int from, int to) {
        if (to - from == 1 && u.tokens.get(from).kind == Kind.IDENT && m != null) {
            int k = m.paramIndex(u.tokens.get(from).text);
            if (k >= 0) {
                keyParams.add(new Param(m.key, k));
                return;
            }
        }
        for (String key : templates(u, m, from, to, new HashSet<>())) {
            if (!key.contains("{") && !key.contains("[") && !key.isBlank()) {
                fields.putIfAbsent(key, new Found(key, u.name + ":" + u.tokens.get(from).line));
            }
        }
    }

    // ---- text expressions

    private List<String> templates(Unit u, Method m, int from, int to, Set<String> seen) {
        List<Token> t = u.tokens;
        while (to - from >= 2 && t.get(from).is("(") && u.match(from) == to - 1) {
            from++;
            to--;
        }
        if (from >= to) {
            return List.of();
        }
        int question = u.topLevel(from, to, "?");
        if (question >= 0) {
            int colon = u.ternaryColon(question + 1, to);
            if (colon < 0) {
                return List.of();
            }
            List<String> both = new ArrayList<>(templates(u, m, question + 1, colon, seen));
            both.addAll(templates(u, m, colon + 1, to, seen));
            return both;
        }
        List<int[]> operands = u.operands(from, to);
        if (operands.size() > 1) {
            return concatenation(u, m, operands, seen);
        }
        Token first = t.get(from);
        if (to - from == 1 && first.kind == Kind.STRING) {
            return List.of(first.text);
        }
        if (to - from == 1 && first.kind == Kind.IDENT) {
            return named(u, m, first.text, seen);
        }
        if (to - from == 3 && first.kind == Kind.IDENT && t.get(from + 1).is(".") && t.get(from + 2).kind == Kind.IDENT) {
            return constant(first.text, t.get(from + 2).text, seen);
        }
        // a call: Map.of / Map.entry, getMessage() of a caught exception, a method returning text
        int open = from + 1;
        String receiver = null;
        if (to - from >= 5 && first.kind == Kind.IDENT && t.get(from + 1).is(".") && t.get(from + 3).is("(")) {
            receiver = first.text;
            open = from + 3;
        }
        if (open >= to || !t.get(open).is("(") || u.match(open) != to - 1 || t.get(open - 1).kind != Kind.IDENT) {
            return List.of();
        }
        String name = t.get(open - 1).text;
        List<int[]> args = u.args(open);
        if ("Map".equals(receiver) && (name.equals("of") || name.equals("entry"))) {
            List<String> values = new ArrayList<>();
            for (int k = 0; k + 1 < args.size(); k += 2) {
                field(u, m, args.get(k)[0], args.get(k)[1]);
                values.addAll(templates(u, m, args.get(k + 1)[0], args.get(k + 1)[1], seen));
            }
            return values;
        }
        if (name.equals("getMessage") && args.isEmpty() && receiver != null) {
            messageTypes.addAll(u.caughtAs(receiver, from));
            return List.of();
        }
        List<Unit> where = receiver == null ? List.of(u) : byClass.getOrDefault(receiver, List.of());
        List<String> returned = new ArrayList<>();
        for (Unit w : where) {
            for (Method callee : w.methods) {
                if (callee.name.equals(name) && callee.params.size() == args.size() && callee.returns.equals("String")
                        && seen.add(callee.key)) {
                    for (int[] r : w.returns(callee)) {
                        returned.addAll(templates(w, callee, r[0], r[1], seen));
                    }
                }
            }
        }
        return returned;
    }

    /**
     * Literals as they are, every other operand a placeholder (neighbours sharing one), constants inlined;
     * an operand that is a {@code ?:} of texts gives a text for each branch.
     */
    private List<String> concatenation(Unit u, Method m, List<int[]> operands, Set<String> seen) {
        List<Variant> variants = List.of(new Variant("", 0, false, false));
        for (int[] o : operands) {
            List<String> values = operand(u, m, o[0], o[1], seen);
            List<Variant> next = new ArrayList<>();
            for (Variant v : variants) {
                for (String value : values) {
                    next.add(v.append(value));
                }
            }
            variants = next;
        }
        List<String> texts = new ArrayList<>();
        for (Variant v : variants) {
            if (v.literal) {
                texts.add(v.pending ? v.text + "{" + v.n + "}" : v.text);
            }
        }
        return texts;
    }

    /** A text being concatenated: so far, placeholders used, whether one is due, whether any literal is in it. */
    private record Variant(String text, int n, boolean pending, boolean literal) {

        /** With a value appended, null standing for a placeholder. */
        Variant append(String value) {
            if (value == null) {
                return new Variant(text, n, true, literal);
            }
            StringBuilder out = new StringBuilder(text);
            int at = n;
            if (pending) {
                out.append('{').append(at++).append('}');
            }
            // an inlined template keeps its placeholders, renumbered after ours
            java.util.regex.Matcher ph = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(value);
            int max = -1;
            StringBuilder renumbered = new StringBuilder();
            while (ph.find()) {
                int k = Integer.parseInt(ph.group(1));
                max = Math.max(max, k);
                ph.appendReplacement(renumbered, "{" + (at + k) + "}");
            }
            ph.appendTail(renumbered);
            return new Variant(out.append(renumbered).toString(), at + max + 1, false, true);
        }
    }

    /** The values of one operand of a concatenation: texts it can be, or a single null for a placeholder. */
    private List<String> operand(Unit u, Method m, int from, int to, Set<String> seen) {
        List<Token> t = u.tokens;
        while (to - from >= 2 && t.get(from).is("(") && u.match(from) == to - 1) {
            from++;
            to--;
        }
        List<String> value = new ArrayList<>();
        if (to - from == 1 && t.get(from).kind == Kind.STRING) {
            value.add(t.get(from).text);
        } else if (to - from == 1 && t.get(from).kind == Kind.IDENT) {
            String name = t.get(from).text;
            // a parameter inside a sentence is a value of the pattern, not a text of its own
            if (m == null || m.paramIndex(name) < 0) {
                value.addAll(named(u, m, name, seen));
            }
        } else if (to - from == 3 && t.get(from).kind == Kind.IDENT && t.get(from + 1).is(".")) {
            value.addAll(constant(t.get(from).text, t.get(from + 2).text, seen));
        } else if (u.topLevel(from, to, "?") >= 0) {
            int question = u.topLevel(from, to, "?");
            int colon = u.ternaryColon(question + 1, to);
            if (colon > 0) {
                value.addAll(operand(u, m, question + 1, colon, seen));
                value.addAll(operand(u, m, colon + 1, to, seen));
            }
        } else if (u.operands(from, to).size() > 1) {
            List<String> inner = concatenation(u, m, u.operands(from, to), seen);
            value.addAll(inner);
        }
        if (value.isEmpty()) {
            value.add(null);
        }
        return value;
    }

    /** An unqualified name: a parameter (a text parameter then), a local String, a constant of the class. */
    private List<String> named(Unit u, Method m, String name, Set<String> seen) {
        if (m != null) {
            int k = m.paramIndex(name);
            if (k >= 0) {
                if (m.params.get(k).type.equals("String")) {
                    textParams.add(new Param(m.key, k));
                }
                return List.of();
            }
            int[] local = u.localString(m, name);
            if (local != null && seen.add(m.key + "#" + name)) {
                return templates(u, m, local[0], local[1], seen);
            }
        }
        int[] constant = u.constants.get(name);
        if (constant != null && seen.add(u.name + "#" + name)) {
            return templates(u, null, constant[0], constant[1], seen);
        }
        return List.of();
    }

    /** {@code Class.NAME}: a String constant of that class. */
    private List<String> constant(String owner, String name, Set<String> seen) {
        List<String> values = new ArrayList<>();
        for (Unit w : byClass.getOrDefault(owner, List.of())) {
            int[] c = w.constants.get(name);
            if (c != null && seen.add(w.name + "#" + name)) {
                values.addAll(templates(w, null, c[0], c[1], seen));
            }
        }
        return values;
    }

    // ---- Bean Validation

    private void annotations(Unit u) {
        List<Token> t = u.tokens;
        boolean constraints = u.source.contains("jakarta.validation.constraints");
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).is("@") || t.get(i + 1).kind != Kind.IDENT) {
                continue;
            }
            int j = i + 1;
            while (j + 2 < t.size() && t.get(j + 1).is(".") && t.get(j + 2).kind == Kind.IDENT) {
                j += 2;
            }
            String name = t.get(j).text;
            boolean hasArgs = j + 1 < t.size() && t.get(j + 1).is("(");
            boolean messaged = false;
            if (hasArgs) {
                List<int[]> args = u.args(j + 1);
                for (int[] a : args) {
                    if (a[1] - a[0] >= 3 && t.get(a[0]).is("message") && t.get(a[0] + 1).is("=")) {
                        collect(u, null, a[0] + 2, a[1]);
                        messaged = true;
                    }
                }
            }
            if (constraints && CONSTRAINTS.containsKey(name)) {
                if (!messaged) {
                    String text = CONSTRAINTS.get(name);
                    texts.putIfAbsent(text, new Found(text, u.name + ":" + t.get(i).line + " (@" + name + ")"));
                }
                String annotated = u.annotatedName(hasArgs ? u.match(j + 1) + 1 : j + 1);
                if (annotated != null) {
                    fields.putIfAbsent(annotated, new Found(annotated, u.name + ":" + t.get(i).line));
                }
            }
        }
    }

    // ---- reading Java

    enum Kind { IDENT, STRING, CHAR, NUMBER, SYMBOL }

    record Token(Kind kind, String text, int line) {
        boolean is(String s) {
            return kind != Kind.STRING && kind != Kind.CHAR && text.equals(s);
        }
    }

    /** A parameter of a method, by the method's key and its position. */
    record Param(String method, int index) {
    }

    record Declared(String type, String name) {
        boolean isStringMap() {
            return type.replace(" ", "").endsWith("Map<String,String>");
        }
    }

    static final class Method {
        final Unit unit;
        final String name;
        final String key;
        final String returns;
        final List<Declared> params;
        final int bodyStart;
        final int bodyEnd;
        final boolean isPrivate;
        final boolean isStatic;
        final Set<String> complaintMaps = new HashSet<>();
        private Set<String> stringMaps;

        Method(Unit unit, String name, String returns, List<Declared> params, int bodyStart, int bodyEnd, boolean isPrivate,
                boolean isStatic) {
            this.unit = unit;
            this.name = name;
            this.returns = returns;
            this.params = params;
            this.bodyStart = bodyStart;
            this.bodyEnd = bodyEnd;
            this.isPrivate = isPrivate;
            this.isStatic = isStatic;
            this.key = unit.name + "#" + name + "/" + params.size() + "@" + bodyStart;
        }

        /** Whether a call with this many arguments may be this method (its last parameter may be varargs). */
        boolean accepts(int arity) {
            boolean varargs = !params.isEmpty() && params.get(params.size() - 1).type.replace(" ", "").endsWith("...");
            return varargs ? arity >= params.size() - 1 : arity == params.size();
        }

        boolean problemNamed() {
            return name.toLowerCase(java.util.Locale.ROOT).contains("problem");
        }

        int paramIndex(String n) {
            for (int k = 0; k < params.size(); k++) {
                if (params.get(k).name.equals(n)) {
                    return k;
                }
            }
            return -1;
        }

        /** The names of its parameters and locals declared {@code Map<String, String>}. */
        Set<String> stringMaps(Unit u) {
            if (stringMaps == null) {
                stringMaps = new HashSet<>();
                for (Declared p : params) {
                    if (p.isStringMap()) {
                        stringMaps.add(p.name);
                    }
                }
                List<Token> t = u.tokens;
                for (int i = bodyStart; i + 6 < bodyEnd; i++) {
                    if (t.get(i).is("Map") && t.get(i + 1).is("<") && t.get(i + 2).is("String") && t.get(i + 3).is(",")
                            && t.get(i + 4).is("String") && t.get(i + 5).is(">") && t.get(i + 6).kind == Kind.IDENT) {
                        stringMaps.add(t.get(i + 6).text);
                    }
                }
            }
            return stringMaps;
        }
    }

    /** One source file as tokens, with its methods and constants. */
    static final class Unit {
        final String name;
        final String source;
        final List<Token> tokens;
        final int[] matching;
        final List<String> classes = new ArrayList<>();
        final List<Method> methods = new ArrayList<>();
        final Map<String, int[]> constants = new HashMap<>();

        Unit(String name, String source) {
            this.name = name;
            this.source = source;
            this.tokens = tokenize(source);
            this.matching = brackets(tokens);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token k = tokens.get(i);
                if ((k.is("class") || k.is("interface") || k.is("enum") || k.is("record")) && tokens.get(i + 1).kind == Kind.IDENT
                        && (i == 0 || !tokens.get(i - 1).is("."))) {
                    String declared = tokens.get(i + 1).text;
                    classes.add(declared);
                }
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).kind == Kind.IDENT && tokens.get(i + 1).is("(") && isDeclaration(i)) {
                    method(i);
                }
            }
            for (int i = 0; i + 3 < tokens.size(); i++) {
                if (tokens.get(i).is("String") && tokens.get(i + 1).kind == Kind.IDENT && tokens.get(i + 2).is("=")
                        && methodAt(i) == null && staticFinal(i)) {
                    int end = statementEnd(i + 3);
                    constants.put(tokens.get(i + 1).text, new int[] {i + 3, end});
                }
            }
        }

        private boolean staticFinal(int at) {
            boolean isStatic = false;
            boolean isFinal = false;
            for (int j = at - 1; j >= 0 && j >= at - 4; j--) {
                isStatic |= tokens.get(j).is("static");
                isFinal |= tokens.get(j).is("final");
            }
            return isStatic && isFinal;
        }

        /** Whether the name at {@code i}, followed by {@code (}, declares a method or constructor. */
        boolean isDeclaration(int i) {
            int close = match(i + 1);
            if (close < 0 || close + 1 >= tokens.size()) {
                return false;
            }
            Token after = tokens.get(close + 1);
            if (!after.is("{") && !after.is("throws")) {
                return false;
            }
            if (NOT_DECLARATIONS.contains(tokens.get(i).text)) {
                return false;
            }
            if (i == 0) {
                return true;
            }
            Token before = tokens.get(i - 1);
            if (before.is(".") || NOT_DECLARATIONS.contains(before.text) || before.is("->")) {
                return false;
            }
            return before.kind == Kind.IDENT || before.is(">") || before.is("]") || before.is("}") || before.is(";")
                    || before.is("{") || before.is(")");
        }

        private void method(int i) {
            int close = match(i + 1);
            int open = close + 1;
            while (open < tokens.size() && !tokens.get(open).is("{")) {
                if (tokens.get(open).is(";")) {
                    return; // abstract: no body
                }
                open++;
            }
            int end = match(open);
            if (end < 0) {
                return;
            }
            List<Declared> params = new ArrayList<>();
            for (int[] a : args(i + 1)) {
                List<String> words = new ArrayList<>();
                for (int k = a[0]; k < a[1]; k++) {
                    Token w = tokens.get(k);
                    if (w.is("@")) {
                        k++;
                        if (k + 1 < a[1] && tokens.get(k + 1).is("(")) {
                            k = match(k + 1);
                        }
                        continue;
                    }
                    if (!w.is("final")) {
                        words.add(w.text);
                    }
                }
                if (words.size() >= 2) {
                    String paramName = words.remove(words.size() - 1);
                    params.add(new Declared(String.join(" ", words).replace(" < ", "<").replace(" >", ">"), paramName));
                }
            }
            StringBuilder returns = new StringBuilder();
            boolean isPrivate = false;
            boolean isStatic = false;
            int j = i - 1;
            for (; j >= 0; j--) {
                Token b = tokens.get(j);
                if (b.is(";") || b.is("{") || b.is("}") || b.is(")") || b.is("@")) {
                    break;
                }
                if (MODIFIERS.contains(b.text)) {
                    isPrivate |= b.is("private");
                    isStatic |= b.is("static");
                    continue;
                }
                if (j > 0 && tokens.get(j - 1).is("@")) {
                    break;
                }
                returns.insert(0, b.text);
            }
            for (; j >= 0 && !tokens.get(j).is(";") && !tokens.get(j).is("{") && !tokens.get(j).is("}"); j--) {
                isPrivate |= tokens.get(j).is("private");
                isStatic |= tokens.get(j).is("static");
            }
            String type = returns.toString();
            if (type.startsWith("<")) { // a generic method's type parameters
                type = type.substring(type.indexOf('>') + 1);
            }
            methods.add(new Method(this, tokens.get(i).text, type, params, open, end, isPrivate, isStatic));
        }

        /** The innermost method whose body holds token {@code i}. */
        Method methodAt(int i) {
            Method found = null;
            for (Method m : methods) {
                if (m.bodyStart < i && i < m.bodyEnd && (found == null || m.bodyStart > found.bodyStart)) {
                    found = m;
                }
            }
            return found;
        }

        int match(int open) {
            return open >= 0 && open < matching.length ? matching[open] : -1;
        }

        /** The arguments of the call whose {@code (} is at {@code open}: {from, to} token ranges. */
        List<int[]> args(int open) {
            int close = match(open);
            List<int[]> args = new ArrayList<>();
            if (close < 0 || close == open + 1) {
                return args;
            }
            int start = open + 1;
            int depth = 0;
            for (int k = open + 1; k < close; k++) {
                Token x = tokens.get(k);
                if (x.is("(") || x.is("[") || x.is("{")) {
                    k = match(k);
                    continue;
                }
                if (x.is("<")) {
                    depth++;
                } else if (x.is(">") && depth > 0) {
                    depth--;
                } else if (x.is(",") && (depth == 0 || !typeArguments(start, k))) {
                    args.add(new int[] {start, k});
                    start = k + 1;
                    depth = 0;
                }
            }
            args.add(new int[] {start, close});
            return args;
        }

        /** Whether an open {@code <} in {@code [from, to)} begins type arguments ({@code Map<String, String>}), not a comparison. */
        private boolean typeArguments(int from, int to) {
            for (int k = to - 1; k >= from; k--) {
                if (tokens.get(k).is("<")) {
                    return k > from && tokens.get(k - 1).kind == Kind.IDENT
                            && Character.isUpperCase(tokens.get(k - 1).text.charAt(0));
                }
            }
            return false;
        }

        /** The first {@code op} at the top level of {@code [from, to)}, or -1. */
        int topLevel(int from, int to, String op) {
            for (int k = from; k < to; k++) {
                Token x = tokens.get(k);
                if (x.is("(") || x.is("[") || x.is("{")) {
                    k = match(k);
                    if (k < 0) {
                        return -1;
                    }
                } else if (x.is(op)) {
                    return k;
                }
            }
            return -1;
        }

        /** The {@code :} of a {@code ?:} whose {@code ?} is just before {@code from}. */
        int ternaryColon(int from, int to) {
            int nested = 0;
            for (int k = from; k < to; k++) {
                Token x = tokens.get(k);
                if (x.is("(") || x.is("[") || x.is("{")) {
                    k = match(k);
                } else if (x.is("?")) {
                    nested++;
                } else if (x.is(":")) {
                    if (nested == 0) {
                        return k;
                    }
                    nested--;
                }
            }
            return -1;
        }

        /** The operands of a top-level {@code +} in {@code [from, to)}. */
        List<int[]> operands(int from, int to) {
            List<int[]> operands = new ArrayList<>();
            int start = from;
            for (int k = from; k < to; k++) {
                Token x = tokens.get(k);
                if (x.is("(") || x.is("[") || x.is("{")) {
                    k = match(k);
                    if (k < 0) {
                        return List.of(new int[] {from, to});
                    }
                } else if (x.is("+") && k > start) {
                    operands.add(new int[] {start, k});
                    start = k + 1;
                }
            }
            operands.add(new int[] {start, to});
            return operands;
        }

        /** The expressions of a method's {@code return} statements (not those of lambdas' or inner classes' bodies inside it). */
        List<int[]> returns(Method m) {
            List<int[]> found = new ArrayList<>();
            for (int k = m.bodyStart + 1; k < m.bodyEnd; k++) {
                if (tokens.get(k).is("return") && methodAt(k) == m) {
                    int end = statementEnd(k + 1);
                    if (end > k + 1) {
                        found.add(new int[] {k + 1, end});
                    }
                }
            }
            return found;
        }

        /** The initializer of a local {@code String name = …;} of the method, or null. */
        int[] localString(Method m, String name) {
            for (int k = m.bodyStart + 1; k + 2 < m.bodyEnd; k++) {
                if (tokens.get(k).is("String") && tokens.get(k + 1).is(name) && tokens.get(k + 2).is("=")) {
                    return new int[] {k + 3, statementEnd(k + 3)};
                }
            }
            return null;
        }

        /** The types the {@code catch} whose block holds token {@code at} names for this variable. */
        Set<String> caughtAs(String variable, int at) {
            Set<String> types = new HashSet<>();
            for (int k = 0; k + 1 < tokens.size(); k++) {
                if (tokens.get(k).is("catch") && tokens.get(k + 1).is("(")) {
                    int close = match(k + 1);
                    int block = close + 1;
                    if (close > 0 && tokens.get(close - 1).is(variable) && block < tokens.size()
                            && tokens.get(block).is("{") && block < at && at < match(block)) {
                        for (int j = k + 2; j < close - 1; j++) {
                            if (tokens.get(j).kind == Kind.IDENT && !tokens.get(j + 1).is(".")) {
                                types.add(tokens.get(j).text);
                            }
                        }
                    }
                }
            }
            return types;
        }

        /** The name of the component, field or parameter an annotation ending at {@code after} belongs to. */
        String annotatedName(int after) {
            int k = after;
            while (k < tokens.size()) {
                Token x = tokens.get(k);
                if (x.is("@")) {
                    k += 2;
                    while (k + 1 < tokens.size() && tokens.get(k).is(".")) {
                        k += 2;
                    }
                    if (k < tokens.size() && tokens.get(k).is("(")) {
                        k = match(k) + 1;
                    }
                    continue;
                }
                if (x.is(",") || x.is(")") || x.is(";") || x.is("=") || x.is("{")) {
                    Token last = tokens.get(k - 1);
                    return last.kind == Kind.IDENT && k - 1 > after ? last.text : null;
                }
                if (x.is("(")) {
                    return null; // a method
                }
                k++;
            }
            return null;
        }

        private int statementEnd(int from) {
            for (int k = from; k < tokens.size(); k++) {
                Token x = tokens.get(k);
                if (x.is("(") || x.is("[") || x.is("{")) {
                    k = match(k);
                    if (k < 0) {
                        return tokens.size();
                    }
                } else if (x.is(";") || x.is("}") || x.is(")")) {
                    return k;
                }
            }
            return tokens.size();
        }

        private static int[] brackets(List<Token> tokens) {
            int[] matching = new int[tokens.size()];
            java.util.Arrays.fill(matching, -1);
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is("(") || t.is("[") || t.is("{")) {
                    open.push(i);
                } else if ((t.is(")") || t.is("]") || t.is("}")) && !open.isEmpty()) {
                    int o = open.pop();
                    matching[o] = i;
                    matching[i] = o;
                }
            }
            return matching;
        }

        static List<Token> tokenize(String s) {
            List<Token> out = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (s.startsWith("//", i)) {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    end = end < 0 ? s.length() : end + 2;
                    line += count(s, i, end);
                    i = end;
                } else if (s.startsWith("\"\"\"", i)) {
                    int end = s.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? s.length() : end;
                    String body = s.substring(s.indexOf('\n', i) + 1, end);
                    out.add(new Token(Kind.STRING, unescape(body.stripIndent()), line));
                    line += count(s, i, end);
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) != c) {
                        j += s.charAt(j) == '\\' ? 2 : 1;
                    }
                    String raw = s.substring(i + 1, Math.min(j, s.length()));
                    out.add(new Token(c == '"' ? Kind.STRING : Kind.CHAR, unescape(raw), line));
                    i = j + 1;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i;
                    while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                        j++;
                    }
                    out.add(new Token(Kind.IDENT, s.substring(i, j), line));
                    i = j;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                            || s.charAt(j) == '.')) {
                        j++;
                    }
                    out.add(new Token(Kind.NUMBER, s.substring(i, j), line));
                    i = j;
                } else {
                    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                    if (List.of("->", "::", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=").contains(two)) {
                        out.add(new Token(Kind.SYMBOL, two, line));
                        i += 2;
                    } else {
                        out.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
                        i++;
                    }
                }
            }
            return out;
        }

        /** A literal's text: Unicode escapes ({@code \u00a0}) first, as the compiler reads them, then the others. */
        private static String unescape(String raw) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < raw.length(); k++) {
                char c = raw.charAt(k);
                if (c == '\\' && k + 1 < raw.length() && raw.charAt(k + 1) == '\\') {
                    out.append("\\\\");
                    k++;
                } else if (c == '\\' && k + 1 < raw.length() && raw.charAt(k + 1) == 'u') {
                    int h = k + 1;
                    while (h < raw.length() && raw.charAt(h) == 'u') {
                        h++;
                    }
                    out.append((char) Integer.parseInt(raw.substring(h, h + 4), 16));
                    k = h + 3;
                } else {
                    out.append(c);
                }
            }
            return out.toString().translateEscapes();
        }

        private static int count(String s, int from, int to) {
            int n = 0;
            for (int k = from; k < to && k < s.length(); k++) {
                if (s.charAt(k) == '\n') {
                    n++;
                }
            }
            return n;
        }
    }
}
