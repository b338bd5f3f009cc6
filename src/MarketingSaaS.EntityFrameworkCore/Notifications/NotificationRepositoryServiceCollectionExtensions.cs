using MarketingSaaS.EntityFrameworkCore.TextTemplates;
using MarketingSaaS.Notifications;
using MarketingSaaS.TextTemplates;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.EntityFrameworkCore.Notifications;

internal static class NotificationRepositoryServiceCollectionExtensions
{
    public static IServiceCollection AddTextTemplateAndNotificationRepositories(this IServiceCollection services)
    {
        services.AddScoped<ITextTemplateOverrideRepository, TextTemplateOverrideRepository>();
        services.AddScoped<INotificationRepository, NotificationRepository>();
        services.AddScoped<INotificationPreferenceRepository, NotificationPreferenceRepository>();
        services.AddScoped<INotificationRecipientLookup, NotificationRecipientLookup>();
        return services;
    }
}
