# imss-triage: one image for the mail worker (`imss-triage worker`) and the staff web app
# (`imss-triage web`). No build step: bin/imss-triage.mjs runs src/ through tsx, which is a
# runtime dependency, so `npm ci --omit=dev` keeps everything the app needs (and drops
# typescript, vitest, playwright-core...).
#
#   docker build -t imss-triage .
#   docker run --env-file .env imss-triage worker --dry-run

# --- deps: production node_modules only --------------------------------------------------------
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no native build (msgpackr-extract falls back to JS); no toolchain in the image.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# --- runtime -----------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HEALTH_PORT=9090 \
    HEALTH_HOST=0.0.0.0 \
    TEMPLATES_DIR=/app/templates
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY bin ./bin
COPY src ./src
COPY templates ./templates
# tsx compiles on the fly into a cache under $TMPDIR; /tmp is writable for the node user.
USER node
EXPOSE 8080 9090
# Liveness of the worker (the web service overrides this in docker-compose.yml).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "const p=process.env.HEALTH_PORT||'9090'; if(p==='0')process.exit(0); fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM reaches node directly (exec form): the worker drains in-flight jobs (bounded) and exits.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "bin/imss-triage.mjs"]
CMD ["worker"]
