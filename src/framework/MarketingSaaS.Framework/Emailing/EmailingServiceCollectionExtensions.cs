using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.Framework.Emailing;

public static class EmailingServiceCollectionExtensions
{
    /// <summary>SMTP sending configured from <c>Emailing:Smtp</c> (Host, Port, EnableSsl, UserName, Password, FromAddress, FromDisplayName, PickupDirectory).</summary>
    public static IServiceCollection AddSmtpEmailing(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SmtpEmailOptions.Section);
        services.AddOptions<SmtpEmailOptions>().Configure(o =>
        {
            o.Host = section["Host"] ?? o.Host;
            o.Port = int.TryParse(section["Port"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) ? port : o.Port;
            o.EnableSsl = bool.TryParse(section["EnableSsl"], out var ssl) ? ssl : o.EnableSsl;
            o.UserName = section["UserName"] ?? o.UserName;
            o.Password = section["Password"] ?? o.Password;
            o.FromAddress = section["FromAddress"] ?? o.FromAddress;
            o.FromDisplayName = section["FromDisplayName"] ?? o.FromDisplayName;
            o.PickupDirectory = string.IsNullOrWhiteSpace(section["PickupDirectory"]) ? o.PickupDirectory : section["PickupDirectory"];
        });
        services.TryAddTransient<IEmailSender, SmtpEmailSender>();
        return services;
    }
}
