package cn.gonghui.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A stateful property over one line: random sequences of what the member, the officers and the
 * line's partners do to one application, through the API against the real database, checking
 * after every step that
 * <ul>
 * <li>no answer is a server error;</li>
 * <li>an action the API offers in {@code allowedActions} succeeds, and one it does not offer is
 * refused with a 409 or 422 problem that changes nothing;</li>
 * <li>the history has one event per change, each leaving from where the one before arrived;</li>
 * <li>the line's own records agree with the application's status ({@link Line#checkRecords}).</li>
 * </ul>
 * The sequences come from one seed (printed; {@code -Dgonghui.lifecycle.seed=} replays a run). A
 * failing sequence is printed in full, then shrunk by leaving steps out while it still fails.
 */
public final class LifecycleProperty {

    /** Who takes a step: the three whose actions {@code allowedActions} lists, or a partner of the line. */
    public enum Who { MEMBER, OFFICER, DISTRICT_OFFICER, PARTNER }

    /**
     * One thing someone may do. {@code action} is the lifecycle action it is (its code in
     * {@code allowedActions}), {@code null} for a partner's report. The call returns {@code null}
     * when the step cannot be taken at all now (e.g. a bank report before there is an order).
     */
    public record Step(String name, Who who, String action, java.util.function.Function<Line, Response> call) {
    }

    /** One application of a line, with its member, and what the line keeps besides it. */
    public interface Line {

        String applicationId();

        String memberToken();

        /** Every step the line knows, offered now or not. */
        List<Step> steps();

        /** The line's own records agree with the application as its member sees it. */
        void checkRecords(JsonPath application);
    }

    /** The application as each of the three actors sees it now. */
    private record Views(JsonPath member, Set<String> memberAllowed, Set<String> officerAllowed,
            Set<String> districtAllowed) {

        String status() {
            return member.getString("summary.status");
        }

        List<Map<String, Object>> history() {
            return member.getList("history");
        }

        Set<String> allowedFor(Who who) {
            return switch (who) {
                case MEMBER -> memberAllowed;
                case OFFICER -> officerAllowed;
                case DISTRICT_OFFICER -> districtAllowed;
                case PARTNER -> Set.of();
            };
        }
    }

    private static final Set<String> FINAL = Set.of("completed", "rejected", "withdrawn");
    /** The actions that end an application at once, drawn less often. */
    private static final Set<String> ENDING = Set.of("reject", "withdraw");
    /** How often a step is drawn from those offered now (so sequences get far), else from every step. */
    private static final int OFFERED_PERCENT = 80;

    private final String name;
    private final Supplier<Line> lines;
    private final String officerToken;
    private final String districtToken;

    public LifecycleProperty(String name, Supplier<Line> lines, String officerToken, String districtToken) {
        this.name = name;
        this.lines = lines;
        this.officerToken = officerToken;
        this.districtToken = districtToken;
    }

    /** Runs the sequences; the seed, the count and the length may be given as system properties. */
    public void check(long defaultSeed, int defaultSequences, int defaultSteps) {
        long seed = Long.getLong("gonghui.lifecycle.seed", defaultSeed);
        int sequences = Integer.getInteger("gonghui.lifecycle.sequences", defaultSequences);
        int steps = Integer.getInteger("gonghui.lifecycle.steps", defaultSteps);
        long started = System.nanoTime();
        System.out.printf("[lifecycle] %s: seed %d, %d sequences of up to %d steps%n", name, seed, sequences, steps);
        Random random = new Random(seed);
        int taken = 0;
        for (int sequence = 0; sequence < sequences; sequence++) {
            List<String> done = new ArrayList<>();
            try {
                int length = runRandom(random, steps, done);
                taken += length;
                System.out.printf("[lifecycle] %s: sequence %d, %d steps, ended %s%n", name, sequence, length,
                        done.isEmpty() ? "submitted" : done.get(done.size() - 1));
            } catch (AssertionError failure) {
                List<String> names = done.stream().map(LifecycleProperty::stepName).toList();
                String report = String.format("%s: seed %d, sequence %d failed after%n  %s%n%s", name, seed, sequence,
                        String.join("\n  ", done), failure.getMessage());
                System.out.println("[lifecycle] " + report);
                List<String> shrunk = shrink(names);
                throw new AssertionError(report + String.format("%nshrunk to %d steps: %s", shrunk.size(), shrunk), failure);
            }
        }
        System.out.printf("[lifecycle] %s: %d sequences, %d steps, all invariants held (%d s)%n", name, sequences, taken,
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    private int runRandom(Random random, int length, List<String> done) {
        Line line = lines.get();
        Views views = views(line);
        int taken = 0;
        for (int attempt = 0; taken < length && attempt < length * 4; attempt++) {
            List<Step> offered = new ArrayList<>();
            for (Step step : line.steps()) {
                if (step.who() == Who.PARTNER || views.allowedFor(step.who()).contains(step.action())) {
                    offered.add(step);
                }
            }
            if (offered.stream().allMatch(step -> step.who() == Who.PARTNER) && FINAL.contains(views.status())) {
                break;
            }
            List<Step> pool = random.nextInt(100) < OFFERED_PERCENT && !offered.isEmpty() ? offered : line.steps();
            Step step = pool.get(random.nextInt(pool.size()));
            for (int redraw = 0; redraw < 2 && step.action() != null && ENDING.contains(step.action()); redraw++) {
                // an ending drawn as often as any other step would end most sequences in their first steps
                step = pool.get(random.nextInt(pool.size()));
            }
            Views after = take(line, step, views, done);
            if (after != null) {
                views = after;
                taken++;
            }
        }
        return taken;
    }

    /** Takes the step and checks every invariant; {@code null} when the step could not be taken now. */
    private Views take(Line line, Step step, Views before, List<String> done) {
        Response answer = step.call().apply(line);
        if (answer == null) {
            return null;
        }
        int status = answer.statusCode();
        String code = status >= 400 ? answer.jsonPath().getString("code") : null;
        done.add(step.name() + " (" + before.status() + ") -> " + status + (code == null ? "" : " " + code));
        check(status < 500, "%s answered %d %s", step.name(), status, answer.asString());
        Views after = views(line);
        boolean offered = step.who() != Who.PARTNER && before.allowedFor(step.who()).contains(step.action());
        boolean succeeded = status < 300;
        if (step.who() != Who.PARTNER) {
            check(offered == succeeded, "%s was %s offered (%s) but answered %d %s", step.name(), offered ? "" : "not",
                    before.allowedFor(step.who()), status, code);
            check(succeeded || status == 409 || status == 422, "%s refused with %d %s, not 409 or 422", step.name(),
                    status, code);
        }
        int events = after.history().size() - before.history().size();
        if (step.who() != Who.PARTNER) {
            check(events == (succeeded ? 1 : 0), "%s added %d history events", step.name(), events);
            if (succeeded) {
                check(step.action().equals(last(after).get("action")), "the last event is %s, not %s", last(after),
                        step.action());
            }
        } else {
            check(events == 0 || events == 1 && "system".equals(last(after).get("actorRole")),
                    "a partner's %s added %d events", step.name(), events);
        }
        if (events == 0) {
            check(before.status().equals(after.status()), "%s changed the status without an event", step.name());
        }
        checkHistory(after);
        line.checkRecords(after.member());
        return after;
    }

    private static void checkHistory(Views views) {
        List<Map<String, Object>> history = views.history();
        Object arrived = null;
        for (Map<String, Object> event : history) {
            check(Objects.equals(event.get("fromStatus"), arrived), "event %s does not leave from %s", event, arrived);
            arrived = event.get("toStatus");
        }
        check(Objects.equals(arrived, views.status()), "the history ends at %s, the application is %s", arrived,
                views.status());
    }

    private Views views(Line line) {
        JsonPath member = new JsonPath(given().auth().oauth2(line.memberToken())
                .when().get("/api/v1/applications/" + line.applicationId()).then().statusCode(200).extract().asString());
        return new Views(member, Set.copyOf(member.getList("allowedActions", String.class)),
                allowed(officerToken, line), allowed(districtToken, line));
    }

    private static Set<String> allowed(String token, Line line) {
        JsonPath view = given().auth().oauth2(token).when().get("/api/v1/admin/applications/" + line.applicationId())
                .then().statusCode(200).extract().jsonPath();
        return Set.copyOf(view.getList("allowedActions", String.class));
    }

    /** Leaves steps out, one at a time, while the sequence still fails on a fresh application. */
    private List<String> shrink(List<String> names) {
        List<String> current = new ArrayList<>(names);
        int replays = 0;
        for (int index = current.size() - 1; index >= 0 && replays < 25; index--) {
            List<String> candidate = new ArrayList<>(current);
            candidate.remove(index);
            replays++;
            if (failsReplaying(candidate)) {
                current = candidate;
            }
        }
        System.out.printf("[lifecycle] %s: shrunk to %s%n", name, current);
        return current;
    }

    private boolean failsReplaying(List<String> names) {
        try {
            Line line = lines.get();
            Views views = views(line);
            List<String> done = new ArrayList<>();
            Map<String, Step> byName = line.steps().stream().collect(Collectors.toMap(Step::name, step -> step));
            for (String stepName : names) {
                Views after = take(line, byName.get(stepName), views, done);
                views = after == null ? views : after;
            }
            return false;
        } catch (AssertionError failed) {
            return true;
        }
    }

    private static Map<String, Object> last(Views views) {
        List<Map<String, Object>> history = views.history();
        return history.get(history.size() - 1);
    }

    private static String stepName(String done) {
        return done.substring(0, done.indexOf(" ("));
    }

    private static void check(boolean holds, String message, Object... arguments) {
        if (!holds) {
            throw new AssertionError(String.format(message, arguments));
        }
    }
}
