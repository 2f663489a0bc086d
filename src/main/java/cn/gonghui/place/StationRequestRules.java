package cn.gonghui.place;

import cn.gonghui.place.PlaceViews.OpeningPeriodView;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of a station request that Bean Validation cannot check alone: the street and the
 * facilities must exist, and each day's opening periods must be real and apart. Every broken rule
 * is reported at once, by the field that breaks it, so the admin client can mark them all.
 */
final class StationRequestRules {

    /** A request whose names are resolved to what they name. */
    record Resolved(Street street, List<Facility> facilities, List<OpeningPeriod> openingHours) {
    }

    private static final java.time.LocalDate EARLIEST_OPENING = java.time.LocalDate.of(1900, 1, 1);
    private static final java.time.LocalDate LATEST_OPENING = java.time.LocalDate.of(2100, 12, 31);

    private StationRequestRules() {
    }

    static Resolved resolve(StationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Street> street = Street.findByCode(request.streetCode());
        if (street.isEmpty()) {
            errors.add(FieldError.of("streetCode", "UNKNOWN_STREET"));
        }
        if (request.openedOn() != null && (request.openedOn().isBefore(EARLIEST_OPENING)
                || request.openedOn().isAfter(LATEST_OPENING))) {
            // PostgreSQL's date would refuse some of these with a 500; none is a station's real opening day
            errors.add(FieldError.of("openedOn", "DATE_OUT_OF_RANGE"));
        }
        List<Facility> facilities = facilities(request.facilities(), errors);
        List<OpeningPeriod> openingHours = openingHours(request.openingHours(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
        openingHours.sort(Comparator.comparing((OpeningPeriod period) -> period.dayOfWeek)
                .thenComparing(period -> period.opens));
        return new Resolved(street.orElseThrow(), facilities, openingHours);
    }

    private static List<Facility> facilities(List<String> codes, List<FieldError> errors) {
        List<String> distinct = codes.stream().distinct().toList();
        Map<String, Facility> known = distinct.isEmpty() ? Map.of()
                : Facility.<Facility>list("code in ?1", distinct).stream()
                        .collect(Collectors.toMap(facility -> facility.code, Function.identity()));
        for (int i = 0; i < codes.size(); i++) {
            if (!known.containsKey(codes.get(i))) {
                errors.add(FieldError.of("facilities[" + i + "]", "UNKNOWN_FACILITY"));
            }
        }
        return distinct.stream().filter(known::containsKey).map(known::get)
                .sorted(Comparator.comparingInt(facility -> facility.displayOrder)).toList();
    }

    private static List<OpeningPeriod> openingHours(List<OpeningPeriodView> requested, List<FieldError> errors) {
        List<OpeningPeriod> periods = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            OpeningPeriod period = new OpeningPeriod();
            period.dayOfWeek = (short) requested.get(i).dayOfWeek().getValue();
            period.opens = LocalTime.parse(requested.get(i).opens());
            period.closes = LocalTime.parse(requested.get(i).closes());
            if (!period.opens.isBefore(period.closes)) {
                errors.add(FieldError.of("openingHours[" + i + "].closes", "CLOSES_BEFORE_OPENS"));
            } else if (overlapsAnEarlierOne(period, periods)) {
                errors.add(FieldError.of("openingHours[" + i + "]", "OVERLAPPING_PERIOD"));
            }
            periods.add(period);
        }
        return periods;
    }

    /** Periods that only touch (09:00–12:00, 12:00–17:00) do not overlap. */
    private static boolean overlapsAnEarlierOne(OpeningPeriod period, List<OpeningPeriod> earlier) {
        return earlier.stream().anyMatch(other -> other.dayOfWeek == period.dayOfWeek
                && other.opens.isBefore(other.closes)
                && period.opens.isBefore(other.closes) && other.opens.isBefore(period.closes));
    }
}
