@echo off
rem muster: typed, sourced manpower figures from news reporting (see README.md).
rem Runs lib\muster.jar with the quick C1 compiler only (faster on inputs up to a few hundred MB)
rem and a class-data archive for start-up, written on the first run. JVM warnings go to
rem standard error. Environment: JAVA_HOME (the Java 17+ to run), MUSTER_OPTS (more JVM options,
rem after these), MUSTER_CDS (where to keep the archive, or "off").
setlocal
set "MUSTER_HOME=%~dp0.."
set "MUSTER_JAR=%MUSTER_HOME%\lib\muster.jar"
if defined JAVA_HOME (set "MUSTER_JAVA=%JAVA_HOME%\bin\java.exe") else (set "MUSTER_JAVA=java")
if not defined MUSTER_CDS set "MUSTER_CDS=%MUSTER_HOME%\lib\muster.jsa"
set "MUSTER_ARCHIVE="
if /i not "%MUSTER_CDS%"=="off" (
  if exist "%MUSTER_CDS%" (set "MUSTER_ARCHIVE=-XX:SharedArchiveFile=%MUSTER_CDS%") else (set "MUSTER_ARCHIVE=-XX:ArchiveClassesAtExit=%MUSTER_CDS%")
)
"%MUSTER_JAVA%" -XX:TieredStopAtLevel=1 %MUSTER_ARCHIVE% -Xlog:disable -Xlog:all=warning,cds*=off:stderr %MUSTER_OPTS% -jar "%MUSTER_JAR%" %*
exit /b %ERRORLEVEL%
