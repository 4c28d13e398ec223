# atrium-mock: the MX Atrium simulator. Build: docker build -t atrium-mock .
# Run: docker run --rm -p 8080:8080 atrium-mock      (state across restarts: add
#      -v atrium-state:/data -e ATRIUM_MOCK_STATE_FILE=/data/state.db)
# test/packaging.test.ts replays these steps outside Docker, so keep them plain.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY src ./src
COPY scripts ./scripts
# the build starts the CLI once to record its compile cache (scripts/build-cli.mjs): it reads the data
COPY fixtures ./fixtures
COPY scenarios ./scenarios
RUN npm run build

# production dependencies, with the SQLite addon built (or its prebuilt binary fetched) for this image
FROM node:20-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild better-sqlite3
RUN npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY src/spec/atrium.openapi.yml src/spec/control-plane.openapi.yml ./src/spec/
COPY src/generated/atrium.openapi.json src/generated/control-plane.openapi.json ./src/generated/
COPY src/ui ./src/ui
COPY fixtures ./fixtures
COPY scenarios ./scenarios
RUN mkdir -p /data && chown node:node /data
USER node
# the port is 8080 unless ATRIUM_MOCK_PORT or PORT (what container platforms set) says otherwise
ENV ATRIUM_MOCK_HOST=0.0.0.0
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.ATRIUM_MOCK_PORT || process.env.PORT || 8080) + '/__mock/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.cjs"]
