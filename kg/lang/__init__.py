"""Per-language data: cue words, particles, patterns and example sentences. Data only, no logic."""
