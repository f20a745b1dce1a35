using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SourcesOfOneFigure : Migration
    {
        /// <inheritdoc />
        /// <remarks>
        /// Several sources per figure: the unique indexes gain the source. Note becomes NoteEn, keeping the rows' notes (they
        /// were written in English); sources present before get the most cautious grade until the next seed gives each its own.
        /// The bulk export's index gains the source too, so that several sources of one figure come in a stable order.
        /// </remarks>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_PartnershipSlug_IndicatorCode_Period",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_PlatformSlug_IndicatorCode_Period",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_ProjectSlug_IndicatorCode_Period",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_RegionCode_IndicatorCode_Period",
                table: "Observations");

            migrationBuilder.RenameColumn(
                name: "Note",
                table: "Observations",
                newName: "NoteEn");

            migrationBuilder.AddColumn<string>(
                name: "Grade",
                table: "Sources",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Secondary");

            migrationBuilder.AddColumn<string>(
                name: "NoteZh",
                table: "Observations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevisesSourceId",
                table: "Observations",
                type: "character varying(64)",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ValueAsWritten",
                table: "Observations",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitAsWritten",
                table: "Observations",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Observations_PartnershipSlug_IndicatorCode_Period_SourceId",
                table: "Observations",
                columns: new[] { "PartnershipSlug", "IndicatorCode", "Period", "SourceId" },
                unique: true,
                filter: "\"PartnershipSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_PlatformSlug_IndicatorCode_Period_SourceId",
                table: "Observations",
                columns: new[] { "PlatformSlug", "IndicatorCode", "Period", "SourceId" },
                unique: true,
                filter: "\"PlatformSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_ProjectSlug_IndicatorCode_Period_SourceId",
                table: "Observations",
                columns: new[] { "ProjectSlug", "IndicatorCode", "Period", "SourceId" },
                unique: true,
                filter: "\"ProjectSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_RegionCode_IndicatorCode_Period_SourceId",
                table: "Observations",
                columns: new[] { "RegionCode", "IndicatorCode", "Period", "SourceId" },
                unique: true,
                filter: "\"RegionCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_RevisesSourceId",
                table: "Observations",
                column: "RevisesSourceId");

            migrationBuilder.AddForeignKey(
                name: "FK_Observations_Sources_RevisesSourceId",
                table: "Observations",
                column: "RevisesSourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_Partners~",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_Partners~",
                table: "Observations",
                columns: new[] { "IndicatorCode", "RegionCode", "PlatformSlug", "PartnershipSlug", "ProjectSlug", "Period", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_Partners~",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_Partners~",
                table: "Observations",
                columns: new[] { "IndicatorCode", "RegionCode", "PlatformSlug", "PartnershipSlug", "ProjectSlug", "Period" });

            migrationBuilder.DropForeignKey(
                name: "FK_Observations_Sources_RevisesSourceId",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_PartnershipSlug_IndicatorCode_Period_SourceId",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_PlatformSlug_IndicatorCode_Period_SourceId",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_ProjectSlug_IndicatorCode_Period_SourceId",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_RegionCode_IndicatorCode_Period_SourceId",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_RevisesSourceId",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "Grade",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "UnitAsWritten",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "NoteZh",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "RevisesSourceId",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "ValueAsWritten",
                table: "Observations");

            migrationBuilder.RenameColumn(
                name: "NoteEn",
                table: "Observations",
                newName: "Note");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_PartnershipSlug_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "PartnershipSlug", "IndicatorCode", "Period" },
                unique: true,
                filter: "\"PartnershipSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_PlatformSlug_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "PlatformSlug", "IndicatorCode", "Period" },
                unique: true,
                filter: "\"PlatformSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_ProjectSlug_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "ProjectSlug", "IndicatorCode", "Period" },
                unique: true,
                filter: "\"ProjectSlug\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_RegionCode_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "RegionCode", "IndicatorCode", "Period" },
                unique: true,
                filter: "\"RegionCode\" IS NOT NULL");
        }
    }
}
