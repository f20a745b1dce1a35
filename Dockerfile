# The dashboard's image: built with the SDK (and Node, because the chart libraries come from npm and LibMan copies them
# into wwwroot at build), run on the smaller ASP.NET runtime image as its non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Project files first: the NuGet restore layer is reused while only code or seeds change.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Jiangmen.Dashboard.Data/Jiangmen.Dashboard.Data.csproj src/Jiangmen.Dashboard.Data/
COPY src/Jiangmen.Dashboard.Web/Jiangmen.Dashboard.Web.csproj src/Jiangmen.Dashboard.Web/
RUN dotnet restore src/Jiangmen.Dashboard.Web/Jiangmen.Dashboard.Web.csproj -r linux-x64 -p:PublishReadyToRun=true
COPY seeds/ seeds/
COPY src/ src/
# npm ci and the LibMan restore run inside this build (targets in the web project). ReadyToRun: precompiled code
# starts about 0.7 s sooner than code left to the JIT (bench/RESULTS.md, cold start); the runtime image stays shared.
RUN dotnet publish src/Jiangmen.Dashboard.Web/Jiangmen.Dashboard.Web.csproj -c Release --no-restore \
        -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# MALLOC_ARENA_MAX: glibc gives each new thread its own malloc arena, and under load the thread pool grows; under the
# soak's load those arenas grew 13 -> 28 MiB in 5 minutes, against 11 -> 19 MiB with two (bench/RESULTS.md).
ENV ASPNETCORE_URLS=http://+:8080 \
    Database__Provider=Postgres \
    Database__MigrateOnStart=false \
    MALLOC_ARENA_MAX=2
EXPOSE 8080
# The `app` user of the official image (uid in APP_UID): the process cannot write to its own binaries. docker-compose.yml
# also makes the whole root filesystem read-only; the app writes only under /tmp (zip downloads), a tmpfs there.
USER $APP_UID
# The image has no curl; the app's own `health` command asks /health/ready on ASPNETCORE_URLS.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "Jiangmen.Dashboard.Web.dll", "health"]
ENTRYPOINT ["dotnet", "Jiangmen.Dashboard.Web.dll"]
