package org.sendplan.submission.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNamesTests {

    @Test
    void keepsAnOrdinaryName() {
        assertThat(AttachmentNames.safe("Maturity assessment v2.xlsx")).isEqualTo("Maturity assessment v2.xlsx");
    }

    @Test
    void dropsFoldersOfEitherKind() {
        assertThat(AttachmentNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentNames.safe("C:\\Users\\jo\\plan.docx")).isEqualTo("plan.docx");
    }

    @Test
    void neverGivesDotDotOrAHiddenName() {
        assertThat(AttachmentNames.safe("..")).isEqualTo("attachment");
        assertThat(AttachmentNames.safe(".htaccess")).isEqualTo("htaccess");
        assertThat(AttachmentNames.safe("")).isEqualTo("attachment");
        assertThat(AttachmentNames.safe(null)).isEqualTo("attachment");
    }

    @Test
    void dropsControlAndDirectionCharactersAndReplacesWindowsReservedOnes() {
        assertThat(AttachmentNames.safe("a\u0000b\tc\u202Ed.pdf")).isEqualTo("abcd.pdf");
        assertThat(AttachmentNames.safe("what?: \"yes\"|no*.pdf")).isEqualTo("what__ _yes__no_.pdf");
    }

    @Test
    void limitsTheLength() {
        assertThat(AttachmentNames.safe("a".repeat(500) + ".pdf")).hasSize(150);
    }

    @Test
    void numbersTheSecondFileOfTheSameName() {
        AttachmentNames names = new AttachmentNames();
        assertThat(names.entryName("attachments/OTHER", "plan.pdf")).isEqualTo("attachments/OTHER/plan.pdf");
        assertThat(names.entryName("attachments/OTHER", "../plan.pdf")).isEqualTo("attachments/OTHER/plan (2).pdf");
        assertThat(names.entryName("attachments/Q13_DATA_RETURN", "plan.pdf"))
                .isEqualTo("attachments/Q13_DATA_RETURN/plan.pdf");
    }
}
