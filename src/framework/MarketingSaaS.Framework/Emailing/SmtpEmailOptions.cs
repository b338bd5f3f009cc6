namespace MarketingSaaS.Framework.Emailing;

/// <summary>Configuration section <c>Emailing:Smtp</c>. With <see cref="PickupDirectory"/> set, mails are written there as .eml files instead of sent.</summary>
public sealed class SmtpEmailOptions
{
    public const string Section = "Emailing:Smtp";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "noreply@marketingsaas.local";

    public string? FromDisplayName { get; set; } = "MarketingSaaS";

    public string? PickupDirectory { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
