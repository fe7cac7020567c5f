"""The composite: speed, tone, escalation and the statements blended with the scenario's weights.

Weights are relative (30/40/30 and 3/4/3 mean the same); a component that does not apply to a post
(no reply needed, so no tone) is left out and the remaining weights are rescaled, so a post is not
punished for what was never asked of it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Weights:
    speed: float = 30
    tone: float = 40
    escalation: float = 30
    statements: float = 20  # drill level only: a post has no statements part

    def __post_init__(self) -> None:
        if min(self.speed, self.tone, self.escalation, self.statements) < 0:
            raise ValueError("weights must not be negative")
        if self.speed + self.tone + self.escalation <= 0:
            raise ValueError("at least one weight must be positive")


DEFAULT_WEIGHTS = Weights()


def composite(
    speed: float | None,
    tone: float | None,
    escalation: float | None,
    weights: Weights = DEFAULT_WEIGHTS,
    statements: float | None = None,
) -> float:
    """Weighted mean of the components that apply (None = not applicable), 0..100."""
    parts = [(speed, weights.speed), (tone, weights.tone), (escalation, weights.escalation),
             (statements, weights.statements)]
    used = [(value, weight) for value, weight in parts if value is not None and weight > 0]
    total_weight = sum(weight for _, weight in used)
    if total_weight == 0:
        return 0.0
    value = sum(value * weight for value, weight in used) / total_weight
    return max(0.0, min(100.0, value))
