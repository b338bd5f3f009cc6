using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace MarketingSaaS.TestBase.Emailing;

/// <summary>
/// A real SMTP server on loopback: etc/test-tools/smtp/server.js (npm smtp-server, installed on first use),
/// writing each received message to a folder that <see cref="WaitForMailToAsync"/> polls.
/// </summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private Process? _process;

    public int Port { get; } = FreePort();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "msaas-smtp-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<string, string?> HostSettings => SmtpSettings.For(Port);

    public async Task StartAsync()
    {
        var tool = Path.Combine(RepositoryRoot(), "etc", "test-tools", "smtp");
        await EnsureInstalledAsync(tool);
        var start = new ProcessStartInfo("node", [Path.Combine(tool, "server.js"), Port.ToString(CultureInfo.InvariantCulture), Folder])
        {
            WorkingDirectory = tool,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var ready = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (ready != $"listening {Port}")
        {
            throw new InvalidOperationException($"The SMTP receiver did not start: {ready} {await _process.StandardError.ReadToEndAsync()}");
        }
    }

    /// <summary>The first message whose envelope names <paramref name="address"/>; polls because the mail is sent by a background job.</summary>
    public async Task<ReceivedMail> WaitForMailToAsync(string address, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (FindMailTo(address) is { } mail)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {address} arrived in {Folder}.");
    }

    public ReceivedMail? FindMailTo(string address) => MailsTo(address).FirstOrDefault();

    /// <summary>Waits until <paramref name="count"/> messages name <paramref name="address"/>; returns them in the order received.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForMailsToAsync(string address, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (MailsTo(address) is { } mails && mails.Count >= count)
            {
                return mails;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Fewer than {count} mails to {address} arrived in {Folder}.");
    }

    /// <summary>The received messages whose envelope names <paramref name="address"/>, in the order received.</summary>
    public IReadOnlyList<ReceivedMail> MailsTo(string address)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var mails = new List<ReceivedMail>();
        // The receiver numbers messages 1, 2, …, 10: by number, not by name.
        foreach (var envelopeFile in Directory.GetFiles(Folder, "*.json").OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f), CultureInfo.InvariantCulture)))
        {
            using var envelope = JsonDocument.Parse(File.ReadAllText(envelopeFile));
            var to = envelope.RootElement.GetProperty("to").EnumerateArray().Select(e => e.GetString()).ToList();
            if (to.Contains(address, StringComparer.OrdinalIgnoreCase))
            {
                mails.Add(ReceivedMail.Parse(envelope.RootElement.GetProperty("from").GetString()!, to!, File.ReadAllText(Path.ChangeExtension(envelopeFile, ".eml"))));
            }
        }

        return mails;
    }

    /// <summary>How many received messages name <paramref name="address"/> in their envelope.</summary>
    public int MailCountTo(string address) =>
        Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "*.json").Count(f => File.ReadAllText(f).Contains($"\"{address}\"", StringComparison.OrdinalIgnoreCase))
            : 0;

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task EnsureInstalledAsync(string tool)
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(tool, "node_modules", "smtp-server")))
            {
                return;
            }

            // npm ci fails here (see ENVIRONMENT.md); npm install keeps the lock file.
            using var npm = Process.Start(new ProcessStartInfo("npm", ["install", "--no-audit", "--no-fund"]) { WorkingDirectory = tool, RedirectStandardOutput = true, RedirectStandardError = true })!;
            await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException("npm install failed: " + await npm.StandardError.ReadToEndAsync());
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static string RepositoryRoot()
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
