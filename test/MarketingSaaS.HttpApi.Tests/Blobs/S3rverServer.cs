using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>
/// One real s3rver (npm, etc/test-tools/s3) on loopback for the whole test run, installed with `npm install` when
/// node_modules is missing. It ends when the test process exits: killed by the exit handler, and, when a runner kills
/// the test host without running it, by its own launcher (serve.js), which watches this process. Credentials are
/// s3rver's fixed S3RVER/S3RVER.
/// </summary>
public sealed class S3rverServer
{
    public const string Credential = "S3RVER";

    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static S3rverServer? _instance;

    private S3rverServer(string serviceUrl) => ServiceUrl = serviceUrl;

    public string ServiceUrl { get; }

    public static async Task<S3rverServer> StartAsync()
    {
        await StartLock.WaitAsync();
        try
        {
            return _instance ??= await LaunchAsync();
        }
        finally
        {
            StartLock.Release();
        }
    }

    private static async Task<S3rverServer> LaunchAsync()
    {
        var tools = Path.Combine(FindRepositoryRoot(), "etc", "test-tools", "s3");
        var executable = Path.Combine(tools, "node_modules", ".bin", "s3rver");
        if (!File.Exists(executable))
        {
            await RunAsync("npm", "install --no-audit --no-fund", tools);
        }

        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("msaas-s3rver-").FullName;
        var process = Process.Start(new ProcessStartInfo("node", $"serve.js {port} {data} {Environment.ProcessId}")
        {
            WorkingDirectory = tools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("s3rver did not start.");
        // A plain SIGKILL: Kill(entireProcessTree) SIGSTOPs the process first, and a test host cut off between that and
        // the SIGKILL leaves a stopped emulator that can no longer notice its parent is gone.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            process.Kill();
            Directory.Delete(data, recursive: true);
        };

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new S3rverServer($"http://127.0.0.1:{port}");
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task RunAsync(string file, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed in {directory}: {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MarketingSaaS.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MarketingSaaS.sln not found above " + AppContext.BaseDirectory);
    }
}
