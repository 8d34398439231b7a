namespace ModelLicenseGuard.Tool;

internal static class Program
{
    public static int Main(string[] args) => ToolApp.Run(args, ToolConsole.FromSystem());
}
