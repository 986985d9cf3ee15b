package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.KpiUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static com.cxops.portal.reports.WorkbookCells.boldStyle;
import static com.cxops.portal.reports.WorkbookCells.number;
import static com.cxops.portal.reports.WorkbookCells.text;

/** The trend sheet of a pack's workbook: the overall figures per trend period and a native Excel line chart of them. */
final class TrendSheet {

    private final Function<String, String> t;

    TrendSheet(Function<String, String> translate) {
        this.t = translate;
    }

    /** Trend values of the overall figures (one row per KPI, one column per period) and a native line chart of them. */
    void write(XSSFWorkbook wb, ReviewPack pack) {
        XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(t.apply("reports.sheet.trend")));
        CellStyle bold = boldStyle(wb);
        List<String> labels = pack.trendLabels();
        Row head = s.createRow(0);
        text(head, 0, t.apply("reports.col.kpi"));
        head.getCell(0).setCellStyle(bold);
        for (int i = 0; i < labels.size(); i++) {
            text(head, i + 1, labels.get(i));
        }
        List<PackRow> lines = pack.rows().stream().filter(r -> r.overall() && !r.trend().isEmpty()).toList();
        int r = 1;
        for (PackRow row : lines) {
            Row x = s.createRow(r++);
            text(x, 0, t.apply("reports.kpi." + row.kpi().id()));
            for (int i = 0; i < row.trend().size(); i++) {
                number(x, i + 1, row.trend().get(i));
            }
        }
        s.setColumnWidth(0, 40 * 256);
        // One chart per unit family would be ideal; a single line chart of the percentage KPIs reads well enough.
        List<Integer> percentRows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kpi().unit() == KpiUnit.PERCENT) {
                percentRows.add(i + 1);
            }
        }
        if (labels.isEmpty() || percentRows.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, r + 2, Math.max(8, labels.size() + 2), r + 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(t.apply("reports.chart.trend-percent"));
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        XDDFChartData data = chart.createData(ChartTypes.LINE, x, y);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(0, 0, 1, labels.size()));
        for (int row : percentRows) {
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(row, row, 1, labels.size()));
            XDDFChartData.Series series = data.addSeries(cats, vals);
            series.setTitle(s.getRow(row).getCell(0).getStringCellValue(), null);
        }
        chart.plot(data);
    }

}
