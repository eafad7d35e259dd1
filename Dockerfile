# The actorgraph image for docker-compose.yml (API and worker). The spaCy model comes from
# PyPI as a package dependency, so the image needs no network at run time.

# The widget's Cytoscape.js, from npm at the version package-lock.json pins (as scripts/setup-web).
FROM node:20-slim AS web
WORKDIR /web
COPY service/actorgraph/web/package.json service/actorgraph/web/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
 && mkdir -p vendor \
 && cp node_modules/cytoscape/dist/cytoscape.min.js vendor/cytoscape.min.js \
 && cp node_modules/cytoscape/LICENSE vendor/cytoscape.LICENSE

FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY service ./service
COPY --from=web /web/vendor ./service/actorgraph/web/static/vendor
COPY cypher ./cypher
COPY seeds ./seeds
RUN pip install --no-cache-dir . && useradd --system --uid 10001 actorgraph
ENV ACTORGRAPH_CYPHER_DIR=/app/cypher ACTORGRAPH_SEEDS_DIR=/app/seeds HF_HUB_OFFLINE=1
USER actorgraph
EXPOSE 8000
CMD ["actorgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
