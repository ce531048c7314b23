"""Human-facing pages built from a published output."""
