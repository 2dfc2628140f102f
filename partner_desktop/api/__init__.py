"""The Partner API client: typed values parsed at the boundary, and a requests-based client."""
