using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Calendars;

/// <summary>The company's holidays and make-up working days; everyone reads them, settings administrators edit them.</summary>
public static class CalendarDayEndpoints
{
    public static IEndpointRouteBuilder MapCalendarDaysApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/calendar/days").WithTags("Calendar");
        const string manage = MarketingSaaSPermissions.Settings.Manage;

        group.MapGet("/", async ([AsParameters] GetCalendarDayListInput input, ICalendarDayAppService days, CancellationToken ct) => TypedResults.Ok(await days.GetListAsync(input, ct)))
            .RequireSignedIn();
        group.MapGet("/{id:guid}", async (Guid id, ICalendarDayAppService days, CancellationToken ct) => TypedResults.Ok(await days.GetAsync(id, ct)))
            .RequireSignedIn();
        group.MapPost("/", Create).RequirePermission(manage);
        group.MapPut("/{id:guid}", async (Guid id, UpdateCalendarDayDto input, ICalendarDayAppService days, CancellationToken ct) => TypedResults.Ok(await days.UpdateAsync(id, input, ct)))
            .RequirePermission(manage);
        group.MapDelete("/{id:guid}", async (Guid id, ICalendarDayAppService days, CancellationToken ct) =>
            {
                await days.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage);
        return endpoints;
    }

    private static async Task<Created<CalendarDayDto>> Create(CreateCalendarDayDto input, ICalendarDayAppService days, CancellationToken ct)
    {
        var day = await days.CreateAsync(input, ct);
        return TypedResults.Created($"/api/calendar/days/{day.Id}", day);
    }
}
