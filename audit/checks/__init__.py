"""The audit's checks, one module per kind of inspection."""
