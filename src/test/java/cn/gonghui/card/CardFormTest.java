package cn.gonghui.card;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.application.FiledForm;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The card lines' view of their forms, read as the engine reads them. */
class CardFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID STATION = UUID.fromString("01a20144-3af1-7ea3-9ce3-d9690a412c72");

    private static CardForm read(String form) throws Exception {
        return FiledForm.read(JSON.readTree(form), CardForm.class);
    }

    @Test
    void aReplacementOfALostCardPickedUpAtAStation() throws Exception {
        CardForm form = read("""
                {"reason": "lost", "pickupPreference": "station", "stationId": "%s"}""".formatted(STATION));

        assertThat(form.replacesLostCard()).isTrue();
        assertThat(form.pickupPreference()).isEqualTo("station");
        assertThat(form.stationId()).isEqualTo(STATION);
    }

    @Test
    void aCardPickedUpAtTheBankNamesNoStation() throws Exception {
        CardForm form = read("""
                {"pickupPreference": "bank_branch"}""");

        assertThat(form.stationId()).isNull();
        assertThat(form.replacesLostCard()).isFalse();
    }

    @Test
    void aLossReportHasNothingTheCardLinesRead() throws Exception {
        CardForm form = read("""
                {"lostOn": "2026-11-30", "lostWhere": "地铁2号线"}""");

        assertThat(form).isEqualTo(new CardForm(null, null, null));
    }
}
