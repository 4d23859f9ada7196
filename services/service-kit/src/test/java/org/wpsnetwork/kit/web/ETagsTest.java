package org.wpsnetwork.kit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {

    @Test
    void theCurrentVersionOrAnyVersionMatches() {
        assertThatCode(() -> ETags.requireMatch("\"4\"", 4)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"3\", \"4\"", 4)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("*", 4)).doesNotThrowAnyException();
    }

    @Test
    void aMissingIfMatchIsRequired() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 1))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.IF_MATCH_REQUIRED));
        assertThatThrownBy(() -> ETags.requireMatch(" ", 1))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.IF_MATCH_REQUIRED));
    }

    @Test
    void anOlderOrWeakTagFailsThePrecondition() {
        assertThatThrownBy(() -> ETags.requireMatch("\"3\"", 4))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.VERSION_MISMATCH))
                .hasMessageContaining("version \"4\"");
        assertThatThrownBy(() -> ETags.requireMatch("W/\"4\"", 4))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.VERSION_MISMATCH));
    }

    @Test
    void somethingThatIsNotAnEntityTagIsABadRequest() {
        assertThatThrownBy(() -> ETags.requireMatch("4", 4))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                    assertThat(e.errors()).extracting(FieldViolation::field).containsExactly("If-Match");
                });
    }
}
