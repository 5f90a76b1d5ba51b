"""WC9xx: the linter's own comments."""
