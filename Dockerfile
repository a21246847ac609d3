# The production worker. Build: docker build -t war-events .   Run: see deploy/docker-compose.yml
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SERVICE_HTTP_PORT=6066 \
    SERVICE_DATA_DIR=/tmp/war-events

RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app

WORKDIR /app
COPY pyproject.toml README.md ./
COPY service ./service
COPY schemas ./schemas
# editable: the service reads schemas/ beside its package
RUN pip install -e . && python -c "from service.resources import Resources; Resources.load()"

USER 10001:10001
EXPOSE 6066
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s \
  CMD python -c "import os,urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('SERVICE_HTTP_PORT', '6066'), timeout=2)"
ENTRYPOINT ["war-events"]
CMD ["worker"]
