#!/usr/bin/env python3
"""Splits the single-module Maven build into the modules of scripts/modules.tsv (run by scripts/split-modules.sh).

Checks everything first and changes nothing when a check fails: the tree must be the single-module layout, clean
(no uncommitted change, no untracked file under src/), every source package, resource and pom dependency must be
mapped, and the pom's plugins must be the ones this script knows how to carry over. Then it moves the sources
with `git mv`, writes the parent pom and one pom per module, rewrites src/... paths in the repository's code, scripts
and docs to their new module folders, applies the table's literal rewrites (the launcher and two scripts) and
removes the old build output under target/ (stale single-module classes there would shadow the modules' own).
docs/modules.md describes the result.
"""
import os
import re
import shutil
import subprocess
import sys

TABLE = "scripts/modules.tsv"
# files that describe the layout before the split, never rewritten
SELF = {TABLE, "scripts/split_modules.py", "scripts/split-modules.sh", "docs/modules.md"}
# records and data, never rewritten: annotations, samples, benchmark records
FROZEN_PREFIXES = ("annotations/", "samples/", "samples-multilingual/", "benchmarks/")
KNOWN_PLUGINS = ["maven-compiler-plugin", "maven-surefire-plugin", "maven-dependency-plugin"]
JAR_PLUGIN_VERSION = "3.4.1"
ANTRUN_PLUGIN_VERSION = "3.1.0"
PATH_MENTION = re.compile(r"(?<![A-Za-z0-9_.\-])src/(?:main|test)/(?:java|resources)(?:/[A-Za-z0-9_.\-*{},]+)*/?")


class Refusal(Exception):
    pass


def git(*args, capture=True):
    r = subprocess.run(["git", *args], capture_output=capture, text=True)
    if r.returncode != 0:
        raise Refusal("git %s failed: %s" % (" ".join(args), (r.stderr or "").strip()))
    return r.stdout


# ---------------------------------------------------------------- the table

class Layout:
    def __init__(self, path):
        self.modules = []          # (dir, [depends-on], description), in build order
        self.deps = {}             # artifactId -> [(module, scope)]
        self.packages = {}         # org.entente.x -> module
        self.files = {}            # src/... path -> module
        self.resources = {}        # src/.../resources/... prefix -> module
        self.rewrites = []         # (file, from, to)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                kind = cols[0]
                if kind == "module":
                    deps = [] if cols[2] == "-" else cols[2].split(",")
                    known = {m[0] for m in self.modules}
                    for d in deps:
                        if d not in known:
                            raise Refusal("%s:%d: %s depends on %s, not listed before it" % (path, n, cols[1], d))
                    self.modules.append((cols[1], deps, cols[3]))
                elif kind == "dep":
                    self.deps[cols[1]] = [tuple((x + ":compile").split(":")[:2]) for x in cols[2].split(",")]
                elif kind == "package":
                    self.packages[cols[1]] = cols[2]
                elif kind == "file":
                    self.files[cols[1]] = cols[2]
                elif kind == "resource":
                    self.resources[cols[1].rstrip("/")] = cols[2]
                elif kind == "rewrite":
                    self.rewrites.append((cols[1], cols[2], cols[3]))
                else:
                    raise Refusal("%s:%d: unknown row kind %r" % (path, n, kind))
        names = {m[0] for m in self.modules}
        for what, table in (("package", self.packages), ("file", self.files), ("resource", self.resources)):
            for k, v in table.items():
                if v not in names:
                    raise Refusal("%s: %s %s maps to unknown module %s" % (path, what, k, v))

    def names(self):
        return [m[0] for m in self.modules]

    def upstream(self, module):
        """Every module this one depends on, directly or not, in build order."""
        direct = dict((m[0], m[1]) for m in self.modules)
        seen, todo = set(), list(direct[module])
        while todo:
            d = todo.pop()
            if d not in seen:
                seen.add(d)
                todo.extend(direct[d])
        return [m for m in self.names() if m in seen]

    def module_of_source(self, path):
        """The module of one existing source file (src/main|test/java/...), or None when unmapped."""
        if path in self.files:
            return self.files[path]
        parts = path.split("/")
        package = ".".join(parts[3:-1])
        return self.packages.get(package)

    def module_of_resource(self, path):
        best = None
        for prefix, module in self.resources.items():
            if (path == prefix or path.startswith(prefix + "/")) and (best is None or len(prefix) > len(best[0])):
                best = (prefix, module)
        return best[1] if best else None

    def module_of_mention(self, path):
        """The module a path written in text (file or folder, maybe with a glob) now lies in; None when it spans
        several modules or names nothing mapped."""
        path = path.rstrip("/.,;:")
        parts = path.split("/")
        if parts[2] == "java":
            if path in self.files:
                return self.files[path]
            if path.endswith(".java"):
                return self.module_of_source(path)
            package = ".".join(parts[3:])
            if package in self.packages:
                return self.packages[package]
            under = {m for p, m in self.packages.items() if p.startswith(package + ".")} if package else set()
            under |= {m for f, m in self.files.items() if f.startswith(path + "/")}
            return under.pop() if len(under) == 1 else None
        module = self.module_of_resource(path)
        if module:
            return module
        under = {m for p, m in self.resources.items() if p.startswith(path + "/")}
        return under.pop() if len(under) == 1 else None


# ---------------------------------------------------------------- the old pom

class OldPom:
    """The single-module pom.xml, cut into the pieces the new poms reuse verbatim."""

    def __init__(self, text):
        self.text = text
        self.version = self.one(r"<version>([^<]+)</version>", text.split("<properties>")[0])
        self.description = self.one(r"<description>(.*?)</description>", text)
        self.properties = self.one(r"<properties>\n(.*?)\n\s*</properties>", text)
        management = self.one(r"<dependencyManagement>\s*<dependencies>\n(.*?)\n\s*</dependencies>\s*"
                              r"</dependencyManagement>", text)
        self.management = management
        after = text.split("</dependencyManagement>", 1)[1]
        body = self.one(r"<dependencies>\n(.*?)\n\s*</dependencies>", after)
        self.dependencies = self.cut_dependencies(body)
        plugins = self.one(r"<build>\s*<plugins>\n(.*?)\n\s*</plugins>\s*</build>", text)
        self.plugins = {}
        for block in re.findall(r"( *(?:<!--(?:(?!-->).)*-->\s*)*<plugin>.*?</plugin>)", plugins, re.S):
            self.plugins[self.one(r"<artifactId>([^<]+)</artifactId>", block)] = block

    @staticmethod
    def one(pattern, text):
        m = re.search(pattern, text, re.S)
        if not m:
            raise Refusal("pom.xml: expected %s" % pattern)
        return m.group(1)

    @staticmethod
    def cut_dependencies(body):
        """[(artifactId, text with its leading comments)], in the pom's order."""
        out, pending = [], []
        for block in re.findall(r"\s*(<!--.*?-->|<dependency>.*?</dependency>)", body, re.S):
            if block.startswith("<!--"):
                pending.append(block)
                continue
            artifact = OldPom.one(r"<artifactId>([^<]+)</artifactId>", block)
            out.append((artifact, pending, block))
            pending = []
        return out


# ---------------------------------------------------------------- checks

def plan(layout):
    """{old path: new path} for every tracked file under src/, or a Refusal naming everything unmapped."""
    tracked = git("ls-files", "src").splitlines()
    untracked = git("ls-files", "--others", "--exclude-standard", "src").splitlines()
    if untracked:
        raise Refusal("untracked files under src/ (commit or remove them first):\n  " + "\n  ".join(untracked))
    moves, unmapped = {}, []
    for path in tracked:
        parts = path.split("/")
        if len(parts) < 4 or parts[1] not in ("main", "test") or parts[2] not in ("java", "resources"):
            unmapped.append(path + "  (not under src/main|test/java|resources)")
            continue
        module = layout.module_of_source(path) if parts[2] == "java" else layout.module_of_resource(path)
        if module is None:
            what = ("package " + ".".join(parts[3:-1])) if parts[2] == "java" else "resource"
            unmapped.append("%s  (%s not in %s)" % (path, what, TABLE))
            continue
        moves[path] = module + "/" + path
    if unmapped:
        packages = sorted({".".join(p.split()[0].split("/")[3:-1]) for p in unmapped
                           if p.startswith(("src/main/java/", "src/test/java/"))})
        hint = ("\nadd a 'package' row for each new package: " + ", ".join(packages)) if packages else ""
        raise Refusal("unmapped sources (nothing was changed):\n  " + "\n  ".join(unmapped) + hint)
    return moves


def check_pom(layout, pom):
    listed = [a for a, _, _ in pom.dependencies]
    missing = [a for a in listed if a not in layout.deps]
    extra = [a for a in layout.deps if a not in listed]
    if missing or extra:
        raise Refusal("pom.xml dependencies and %s 'dep' rows differ: not mapped %s; mapped but absent %s"
                      % (TABLE, missing, extra))
    unknown = [p for p in pom.plugins if p not in KNOWN_PLUGINS]
    if unknown or sorted(pom.plugins) != sorted(KNOWN_PLUGINS):
        raise Refusal("pom.xml build plugins are %s; this script carries over exactly %s: extend it first"
                      % (sorted(pom.plugins), KNOWN_PLUGINS))


def check_unsplit(layout):
    if not os.path.isfile("pom.xml") or not os.path.isdir("src/main/java"):
        raise Refusal("no single-module layout here (pom.xml and src/main/java expected): already split?")
    if "<packaging>pom</packaging>" in open("pom.xml", encoding="utf-8").read():
        raise Refusal("pom.xml is already a parent pom: the tree is already split")
    for m in layout.names():
        if os.path.exists(m):
            raise Refusal("%s/ exists: the tree is already split (or a folder is in the way)" % m)
    if git("status", "--porcelain", "--untracked-files=no").strip():
        raise Refusal("uncommitted changes: commit or stash them first (the split must be one clean commit)")


def check_rewrites(layout):
    for path, old, _ in layout.rewrites:
        if not os.path.isfile(path):
            raise Refusal("%s: rewrite target %s does not exist" % (TABLE, path))
        if old not in open(path, encoding="utf-8").read():
            raise Refusal("%s: %r not found in %s (it changed: update the rewrite row)" % (TABLE, old, path))


# ---------------------------------------------------------------- poms

def indent(text, spaces):
    pad = " " * spaces
    return "\n".join(pad + line.strip() if line.strip() else "" for line in text.splitlines())


def dep_xml(group, artifact, scope=None, kind=None, version=None):
    x = "<dependency><groupId>%s</groupId><artifactId>%s</artifactId>" % (group, artifact)
    if version:
        x += "<version>%s</version>" % version
    if kind:
        x += "<type>%s</type>" % kind
    if scope and scope != "compile":
        x += "<scope>%s</scope>" % scope
    return x + "</dependency>"


def resolved_versions(pom):
    """[(group, artifact, version)] of the libraries the single-module build brings in transitively (not the pom's
    own dependencies, not Spark's provided-only ones): in the modules they sit one level deeper, and Maven's
    nearest-wins mediation would otherwise pick another version of some (Spark's commons-io, slf4j-api, ...)."""
    out = os.path.abspath("target/split-modules-deps.txt")
    os.makedirs("target", exist_ok=True)
    r = subprocess.run(["./mvnw", "-B", "-q", "dependency:list", "-DincludeScope=test", "-DoutputFile=" + out],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise Refusal("could not list the single-module build's dependencies:\n" + r.stdout[-2000:] + r.stderr[-2000:])
    direct = {a for a, _, _ in pom.dependencies}
    pins = []
    for line in open(out, encoding="utf-8"):
        coords = line.strip().split(" ")[0].split(":")
        if len(coords) != 5:      # classified jars (natives, test-jars) keep their own management
            continue
        group, artifact, _, version, scope = coords
        if artifact not in direct and scope != "provided":
            pins.append((group, artifact, version))
    return sorted(set(pins))


def parent_pom(layout, pom, with_tests, pins):
    modules = "\n".join("    <module>%s</module>" % m for m in layout.names())
    properties = pom.properties.replace("<entente.shared>${project.basedir}/../shared</entente.shared>",
                                        "<entente.shared>${entente.root}/../shared</entente.shared>")
    own = []
    for m in layout.names():
        own.append(dep_xml("org.entente", m, version="${project.version}"))
        if m in with_tests:
            own.append(dep_xml("org.entente", m, kind="test-jar", version="${project.version}"))
    managed = []
    for artifact, comments, block in pom.dependencies:
        for c in comments:
            managed.append(indent(c, 6))
        managed.append("      " + re.sub(r"<scope>[^<]*</scope>", "", block).strip())
    surefire = pom.plugins["maven-surefire-plugin"].replace(
        "<configuration>",
        "<configuration>\n          <!-- tests keep the repository root as their working folder: samples/, ../shared,"
        " annotations/ -->\n          <workingDirectory>${entente.root}</workingDirectory>", 1)
    dependency_version = OldPom.one(r"<version>([^<]+)</version>", pom.plugins["maven-dependency-plugin"])
    return """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <!-- written by scripts/split-modules.sh (docs/modules.md): the modules along the pipeline, their shared versions
       and build configuration -->
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.entente</groupId>
  <artifactId>entente-parent</artifactId>
  <version>%(version)s</version>
  <packaging>pom</packaging>
  <name>Entente</name>
  <description>%(description)s</description>

  <modules>
%(modules)s
  </modules>

  <properties>
    <!-- the repository root, seen from a module -->
    <entente.root>${project.basedir}/..</entente.root>
%(properties)s
  </properties>

  <dependencyManagement>
    <dependencies>
%(management)s
      <!-- the modules of this build (test-jar: test helpers a later module's tests reuse) -->
%(own)s
      <!-- versions, exclusions and reasons in one place; each module declares what it uses (scripts/modules.tsv) -->
%(managed)s
      <!-- the versions the single-module build resolved for what these bring in: a module's libraries sit one level
           deeper than they did, and nearest-wins mediation would otherwise let Spark's newer ones in -->
%(pins)s
    </dependencies>
  </dependencyManagement>

  <build>
    <pluginManagement>
      <plugins>
%(compiler)s
%(surefire)s
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-dependency-plugin</artifactId>
          <version>%(dependency_version)s</version>
        </plugin>
        <plugin>
          <!-- a module whose tests hold helpers for later modules' tests publishes them as a test-jar -->
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-jar-plugin</artifactId>
          <version>%(jar_version)s</version>
          <executions>
            <execution>
              <id>test-jar</id>
              <goals><goal>test-jar</goal></goals>
            </execution>
          </executions>
        </plugin>
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-antrun-plugin</artifactId>
          <version>%(antrun_version)s</version>
        </plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
""" % dict(version=pom.version, description=pom.description, modules=modules, properties=properties,
           pins="\n".join("      " + dep_xml(g, a, version=v) for g, a, v in pins),
           management=pom.management, own="\n".join("      " + o for o in own), managed="\n".join(managed),
           compiler=indent_block(pom.plugins["maven-compiler-plugin"], 8),
           surefire=indent_block(surefire, 8), dependency_version=dependency_version, jar_version=JAR_PLUGIN_VERSION,
           antrun_version=ANTRUN_PLUGIN_VERSION)


def indent_block(block, spaces):
    """Re-indents a block cut from the old pom (whose plugins sat 6 spaces deep) to `spaces`."""
    lines = block.splitlines()
    shift = spaces - (len(lines[0]) - len(lines[0].lstrip()))
    out = []
    for line in lines:
        if shift >= 0:
            out.append(" " * shift + line if line.strip() else "")
        else:
            out.append(line[min(-shift, len(line) - len(line.lstrip())):])
    return "\n".join(out)


DIST_BUILD = """
      <plugin>
        <!-- the launcher runs the modules' classes on this classpath: no fat jar to rebuild each time (written at the
             repository root, where it was before the split; a module of its own because the classpath is resolved
             with test scope, and only a module without tests resolves that on a compile-only build) -->
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <executions>
          <execution>
            <id>runtime-classpath</id>
            <phase>compile</phase>
            <goals><goal>build-classpath</goal></goals>
            <configuration>
              <includeScope>runtime</includeScope>
              <outputFile>${entente.root}/target/runtime-classpath.txt</outputFile>
            </configuration>
          </execution>
          <execution>
            <!-- Spark and what it brings, for the spark subcommand only: Maven mediated one version of each jar over
                 this module's whole tree, so this list and runtime-classpath.txt never name the same library twice -->
            <id>spark-classpath</id>
            <phase>compile</phase>
            <goals><goal>build-classpath</goal></goals>
            <configuration>
              <includeScope>provided</includeScope>
              <outputFile>${entente.root}/target/spark-classpath.txt</outputFile>
            </configuration>
          </execution>
        </executions>
      </plugin>"""


def module_pom(layout, pom, module, description, with_tests, with_code, testing):
    has_tests = module in testing
    lines = []
    ups = layout.upstream(module)
    for up in ups:
        lines.append(dep_xml("org.entente", up))
    groups = {a: OldPom.one(r"<groupId>([^<]+)</groupId>", b) for a, _, b in pom.dependencies}
    for artifact, _, _ in pom.dependencies:
        for target, scope in layout.deps[artifact]:
            if target in (module, "*") and (scope != "test" or has_tests):
                lines.append(dep_xml(groups[artifact], artifact, scope=scope))
    if has_tests:
        for up in ups:
            if up in with_tests:
                lines.append(dep_xml("org.entente", up, scope="test", kind="test-jar"))
    plugins = ""
    if module in with_tests:
        plugins += """
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jar-plugin</artifactId>
      </plugin>"""
    code = module in with_code
    if module == layout.names()[-1]:
        if code:
            raise Refusal("%s: the last module writes the launcher's classpath and holds no sources" % TABLE)
        plugins += DIST_BUILD
    build = "\n  <build>\n    <plugins>%s\n    </plugins>\n  </build>\n" % plugins if plugins else ""
    return """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <!-- written by scripts/split-modules.sh from scripts/modules.tsv (docs/modules.md) -->
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.entente</groupId>
    <artifactId>entente-parent</artifactId>
    <version>%(version)s</version>
  </parent>
  <artifactId>%(module)s</artifactId>%(packaging)s
  <name>%(module)s</name>
  <description>%(description)s</description>

  <dependencies>
%(deps)s
  </dependencies>
%(build)s</project>
""" % dict(version=pom.version, module=module, description=description,
           deps="\n".join("    " + x for x in lines), build=build,
           packaging="" if code else "\n  <packaging>pom</packaging>")


# ---------------------------------------------------------------- moves and rewrites

def move(moves):
    by_target = {}
    for old, new in sorted(moves.items()):
        by_target.setdefault(os.path.dirname(new), []).append(old)
    for target, olds in sorted(by_target.items()):
        os.makedirs(target, exist_ok=True)
        for i in range(0, len(olds), 200):
            git("mv", *olds[i:i + 200], target + "/")


def rewrite_mentions(layout):
    """Prefixes every src/... path written in the repository's text files with its module; returns those it could
    not place (a folder split over modules, or a path naming no mapped package)."""
    left = {}
    for path in git("ls-files").splitlines():
        if path in SELF or path.startswith(FROZEN_PREFIXES) or "/src/main/resources/" in path \
                or "/src/test/resources/" in path or not os.path.isfile(path):
            continue
        try:
            text = open(path, encoding="utf-8").read()
        except (UnicodeDecodeError, OSError):
            continue
        if "src/" not in text:
            continue

        def place(m):
            module = layout.module_of_mention(m.group(0))
            if module is None:
                left.setdefault(m.group(0).rstrip("/.,;:"), set()).add(path)
                return m.group(0)
            return module + "/" + m.group(0)

        new = PATH_MENTION.sub(place, text)
        if new != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
    return left


def apply_rewrites(layout):
    for path, old, new in layout.rewrites:
        text = open(path, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new))


def main():
    root = git("rev-parse", "--show-toplevel").strip()
    os.chdir(root)
    if not os.path.isfile(TABLE):
        raise Refusal("%s missing" % TABLE)
    layout = Layout(TABLE)
    check_unsplit(layout)
    pom = OldPom(open("pom.xml", encoding="utf-8").read())
    check_pom(layout, pom)
    moves = plan(layout)
    check_rewrites(layout)
    with_code = {new.split("/")[0] for new in moves.values()}
    # test-jars: modules whose test classes a later module's tests may use
    testing = {new.split("/")[0] for old, new in moves.items() if old.startswith("src/test/")}
    with_tests = {m for m in testing if any(m in layout.upstream(d) for d in layout.names())}

    pins = resolved_versions(pom)

    # everything checked: from here on the tree changes
    apply_rewrites(layout)
    move(moves)
    leftovers = [p for p in git("ls-files", "src").splitlines()]
    if leftovers:
        raise Refusal("still under src/ after the move (tree left half-split: git reset --hard): %s" % leftovers)
    for module, _, description in layout.modules:
        os.makedirs(module, exist_ok=True)
        with open(os.path.join(module, "pom.xml"), "w", encoding="utf-8") as f:
            f.write(module_pom(layout, pom, module, description, with_tests, with_code, testing))
    with open("pom.xml", "w", encoding="utf-8") as f:
        f.write(parent_pom(layout, pom, with_tests, pins))
    git("add", "pom.xml", *[m + "/pom.xml" for m in layout.names()])
    left = rewrite_mentions(layout)
    git("add", "-u")
    if os.path.isdir("target"):
        # the single-module build's classes and classpath files would shadow the modules' (the launcher put
        # target/classes first); the build writes target/runtime-classpath.txt and spark-classpath.txt again
        shutil.rmtree("target")
    print("split-modules: moved %d files into %s; wrote pom.xml and %d module poms"
          % (len(moves), ", ".join(layout.names()), len(layout.modules)))
    if left:
        print("split-modules: src/ paths left as written (they span modules or name no mapped package):")
        for mention, files in sorted(left.items()):
            print("  %s  in %s" % (mention, ", ".join(sorted(files))))
    print("split-modules: staged, not committed. Next: ./mvnw -B verify, ./entente code samples/, then git commit")


if __name__ == "__main__":
    try:
        main()
    except Refusal as e:
        print("split-modules: " + str(e), file=sys.stderr)
        sys.exit(1)
