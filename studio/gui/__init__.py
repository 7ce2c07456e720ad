"""mvstudio package."""
