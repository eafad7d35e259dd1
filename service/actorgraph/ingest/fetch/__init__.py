"""News from the web: fetching pages and feeds politely, and reading articles out of them.

Below the CLI, the API and the worker: :mod:`.http` fetches, :mod:`.page` extracts an
article from HTML, :mod:`.feed` lists a feed's items, :mod:`.source` ties them together into
the reader's input items.
"""
