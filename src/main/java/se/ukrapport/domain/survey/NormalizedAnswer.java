package se.ukrapport.domain.survey;

/**
 * An answer with what the data-quality appendix must say about it (either may be null).
 */
public record NormalizedAnswer(Answer answer, UnitNote unitNote, String rejectionReason) {
}
