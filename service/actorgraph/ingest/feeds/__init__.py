"""Feeds the workers poll on a schedule (``actorgraph feeds``, ``/v1/feeds``).

The registry lives beside the queue (:func:`.base.open_feeds`): in the local queue's SQLite
file, or in Redis next to the streams, so every worker of a deployment sees the same feeds
and each due poll is taken by one worker only. :mod:`.poll` does one poll: a conditional
request, new items only, each queued as a URL job.
"""
