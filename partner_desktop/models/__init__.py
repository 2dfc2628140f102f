"""Qt item models over the API's values."""
