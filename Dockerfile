# The API image (Railway's builder for the `api` service, see railway.json and docs/deployment.md).
# Stage 1 builds the jar with the JDK; stage 2 extracts it and writes the JDK AOT cache with a training run
# on the SAME runtime JVM that serves (a cache is refused by any other JVM build), so instances start from it.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY shared shared
COPY localstack localstack
COPY functions functions
# the reactor lists every module; the jar needs shared, localstack (functions' test dependency) and functions only
COPY devserver/pom.xml devserver/
COPY bench/pom.xml bench/
COPY reliability/pom.xml reliability/
RUN ./mvnw -B -q -DskipTests -pl functions -am package

FROM eclipse-temurin:25-jre
WORKDIR /build
COPY --from=build /build/functions/target/sales-machine-functions.jar functions/target/
COPY scripts/package-release scripts/lib.sh scripts/
COPY railway.json ./
RUN scripts/package-release functions/target/sales-machine-functions.jar /app && rm -rf /build
WORKDIR /app
EXPOSE 3000
# The same command as railway.json's deploy.startCommand (ops/test/railway-config.test.mjs checks it).
CMD ["java", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xms48m", "-Xmx128m", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=48m", "-XX:MaxDirectMemorySize=64m", "-XX:+ExitOnOutOfMemoryError", "-jar", "sales-machine-functions.jar"]
