"""The guide's rules: checks on a shot, a variant's cut and the brief's coverage, the compliance lists and
review pre-check, the thresholds they compare against, and the fixes they offer (vetted so they converge)."""
