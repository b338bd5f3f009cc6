using MarketingSaaS.EntityFrameworkCore.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ModuleOwnedNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "BusinessType",
                table: "ApprovalRequests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "BusinessType",
                table: "ApprovalPolicies",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            // Hand-written: existing rows get the new names (src/MarketingSaaS.EntityFrameworkCore/Data/ModuleOwnedNamesData.cs).
            ModuleOwnedNamesData.Up(migrationBuilder, postgreSql: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Hand-written: back to the old names and numbers first.
            ModuleOwnedNamesData.Down(migrationBuilder, postgreSql: true);

            migrationBuilder.AlterColumn<int>(
                name: "BusinessType",
                table: "ApprovalRequests",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<int>(
                name: "BusinessType",
                table: "ApprovalPolicies",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);
        }
    }
}
