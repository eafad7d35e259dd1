# The actorgraph image for docker-compose.yml (API and worker): the wheel `pip wheel .`
# builds, installed with its dependencies from PyPI. The wheel carries the Cypher library,
# the seeds, the gazetteer, the widget's assets and the Neo4j launcher's sources, and the
# spaCy model is a package dependency, so the image needs no setting and no network at run time.

# The widget's Cytoscape.js, from npm at the version package-lock.json pins (as scripts/setup-web).
FROM node:20-slim AS web
WORKDIR /web
COPY service/actorgraph/web/package.json service/actorgraph/web/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
 && mkdir -p vendor \
 && cp node_modules/cytoscape/dist/cytoscape.min.js vendor/cytoscape.min.js \
 && cp node_modules/cytoscape/LICENSE vendor/cytoscape.LICENSE

# The wheel, built from the sources and the widget's assets.
FROM python:3.11-slim AS wheel
WORKDIR /src
COPY pyproject.toml setup.py MANIFEST.in README.md ./
COPY service ./service
COPY --from=web /web/vendor ./service/actorgraph/web/static/vendor
COPY cypher ./cypher
COPY seeds ./seeds
COPY neo4j-launcher ./neo4j-launcher
RUN pip wheel --no-cache-dir --no-deps -w /dist .

FROM python:3.11-slim
WORKDIR /app
COPY --from=wheel /dist /dist
RUN pip install --no-cache-dir /dist/actorgraph-*.whl && rm -rf /dist && useradd --system --uid 10001 actorgraph \
 && chown actorgraph /app
ENV HF_HUB_OFFLINE=1
USER actorgraph
EXPOSE 8000
CMD ["actorgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
