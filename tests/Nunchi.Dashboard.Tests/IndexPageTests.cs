namespace Nunchi.Dashboard.Tests;

public sealed class IndexPageTests
{
    [Fact]
    public void IndexHtml_PreloadsEveryModule()
    {
        // There is no bundler: index.html lists every module so the browser fetches them at once, and a module added
        // without its line would load one import level later.
        string root = Path.Combine(Repository.Root, "src", "Nunchi.Server", "wwwroot");
        string index = File.ReadAllText(Path.Combine(root, "index.html"));
        var modules = Directory.EnumerateFiles(Path.Combine(root, "js"), "*.js", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => path != "js/main.js");

        foreach (string module in modules)
        {
            index.ShouldContain($"<link rel=\"modulepreload\" href=\"{module}\">");
        }

        index.ShouldContain("<script type=\"module\" src=\"js/main.js\"></script>");
    }
}
