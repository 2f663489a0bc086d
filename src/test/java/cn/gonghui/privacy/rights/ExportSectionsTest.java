package cn.gonghui.privacy.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.privacy.PersonalDataExport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The export takes each of its sections from exactly one capability's part, or the service does not start. */
class ExportSectionsTest {

    @Test
    void everySectionFilledOnceIsAccepted() {
        assertThat(DataExports.bySection(partsFor(DataExportView.SECTIONS))).containsOnlyKeys(DataExportView.SECTIONS);
    }

    @Test
    void aSectionNoCapabilityFillsStopsTheService() {
        assertThatThrownBy(() -> DataExports.bySection(partsFor(DataExportView.SECTIONS.subList(1, 7))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks a part");
    }

    @Test
    void aSectionTheDocumentDoesNotHaveStopsTheService() {
        List<String> sections = new ArrayList<>(DataExportView.SECTIONS);
        sections.add("volunteering");
        assertThatThrownBy(() -> DataExports.bySection(partsFor(sections)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("volunteering");
    }

    @Test
    void twoCapabilitiesFillingOneSectionStopTheService() {
        List<String> sections = new ArrayList<>(DataExportView.SECTIONS);
        sections.add("card");
        assertThatThrownBy(() -> DataExports.bySection(partsFor(sections)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("card");
    }

    private static List<PersonalDataExport> partsFor(List<String> sections) {
        return sections.stream().<PersonalDataExport>map(section -> new PersonalDataExport() {
            @Override
            public String section() {
                return section;
            }

            @Override
            public Object of(UUID memberId) {
                return List.of();
            }
        }).toList();
    }
}
