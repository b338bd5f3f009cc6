using System.Globalization;
using MarketingSaaS.Framework.AspNetCore.ApplicationConfiguration;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Localization;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace MarketingSaaS.Bench;

/// <summary>
/// The benchmark's baseline (mapped only with "Bench:Enabled" = true, PostgreSQL only): the same JSON
/// shape as /api/application-configuration, built from ONE raw query per request on the tenant's
/// connection, with no permission, feature or setting framework and no cache. etc/bench/app-config.sh
/// compares the real endpoint against it.
/// </summary>
public static class BareApplicationConfigurationEndpoint
{
    public const string Route = "/api/bench/bare-application-configuration";

    private const string Sql = """
        SELECT 'P', g."Name", NULL FROM "PermissionGrants" g
         WHERE g."TenantId" = @tenantId AND ((g."ProviderName" = 'U' AND g."ProviderKey" = @userKey) OR (g."ProviderName" = 'R' AND g."ProviderKey" = ANY(@roles)))
        UNION ALL
        SELECT CASE WHEN s."UserId" IS NULL THEN 'T' ELSE 'U' END, s."Name", s."Value" FROM "SettingValues" s
         WHERE s."TenantId" = @tenantId AND (s."UserId" IS NULL OR s."UserId" = @userId)
        UNION ALL
        SELECT 'G', gs."Name", gs."Value" FROM "GlobalSettingValues" gs
        UNION ALL
        SELECT 'F', f."Name", f."Value" FROM "FeatureValues" f WHERE f."ProviderName" = 'T' AND f."ProviderKey" = @tenantId
        UNION ALL
        SELECT 'D', t."Name", NULL FROM "Tenants" t WHERE t."Id" = @tenantId
        """;

    public static IEndpointRouteBuilder MapBareApplicationConfiguration(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, GetAsync).WithTags("Bench").ExcludeFromDescription().RequireSignedIn();
        return endpoints;
    }

    private static async Task<Ok<ApplicationConfigurationDto>> GetAsync(
        ICurrentUser currentUser,
        ICurrentTenant currentTenant,
        IConnectionStringResolver connectionStrings,
        FeatureDefinitionManager featureDefinitions,
        SettingDefinitionManager settingDefinitions,
        CancellationToken ct)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("The bare endpoint serves tenant users only.");
        var userId = currentUser.Id!.Value;
        var roles = currentUser.Roles;

        var granted = new HashSet<string>(StringComparer.Ordinal);
        var features = featureDefinitions.All.Where(f => f.IsVisibleToClients).ToDictionary(f => f.Name, string? (f) => f.DefaultValue, StringComparer.Ordinal);
        var settings = settingDefinitions.All.Where(s => s.IsVisibleToClients).ToDictionary(s => s.Name, s => s.DefaultValue, StringComparer.Ordinal);
        var tenantSettings = new Dictionary<string, string>(StringComparer.Ordinal);
        var userSettings = new Dictionary<string, string>(StringComparer.Ordinal);
        string? displayName = null;

        await using (var connection = new NpgsqlConnection(await connectionStrings.ResolveAsync(ct)))
        {
            await connection.OpenAsync(ct);
            await using var batch = new NpgsqlBatch(connection);
            var setTenant = new NpgsqlBatchCommand($"SELECT set_config('{PostgreSqlTenantSessionInterceptor.SettingName}', @tenant, false)");
            setTenant.Parameters.AddWithValue("tenant", tenantId.ToString());
            var query = new NpgsqlBatchCommand(Sql);
            query.Parameters.AddWithValue("tenantId", tenantId);
            query.Parameters.AddWithValue("userId", userId);
            query.Parameters.AddWithValue("userKey", userId.ToString());
            query.Parameters.AddWithValue("roles", roles.ToArray());
            batch.BatchCommands.Add(setTenant);
            batch.BatchCommands.Add(query);
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var name = reader.GetString(1);
                switch (reader.GetString(0))
                {
                    case "P": granted.Add(name); break;
                    case "F": features[name] = reader.GetString(2); break;
                    case "G": Overlay(settings, name, reader.GetString(2)); break;
                    case "T": tenantSettings[name] = reader.GetString(2); break;
                    case "U": userSettings[name] = reader.GetString(2); break;
                    case "D": displayName = name; break;
                }
            }
        }

        foreach (var (name, value) in tenantSettings.Concat(userSettings))
        {
            Overlay(settings, name, value);
        }

        var culture = CultureInfo.CurrentUICulture;
        return TypedResults.Ok(new ApplicationConfigurationDto(
            new CurrentUserDto(true, userId, currentUser.UserName, currentUser.Email, roles, currentUser.Name, currentUser.FamilyName, currentUser.GivenName),
            new CurrentTenantDto(true, tenantId, currentTenant.Name, displayName),
            granted,
            features,
            settings,
            new LocalizationDto(culture.Name, LocalizationResourceRegistry.SupportedCultures)));
    }

    private static void Overlay(Dictionary<string, string?> settings, string name, string value)
    {
        if (settings.ContainsKey(name))
        {
            settings[name] = value;
        }
    }
}
