"""WC0xx: files the build cannot read as it must (syntax, types, repeated keys)."""
