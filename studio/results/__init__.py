"""A/B results: pure statistics over the ad results of a script's variants (no I/O, no Qt)."""
